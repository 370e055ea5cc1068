package io.serval.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.core.LocalizedText;
import io.serval.identity.OrganisationKind;
import io.serval.identity.Role;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What counts as a change of a user's credentials: whatever grants or takes away access, and nothing else. */
class CredentialsVersionTest {

    private final Organisation desk = new Organisation("DESK", new LocalizedText("服务台", "Desk"), OrganisationKind.INTERNAL);
    private final Organisation network = new Organisation("NETWORK", new LocalizedText(null, "Network"), OrganisationKind.INTERNAL);
    private UserAccount user;

    @BeforeEach
    void anAgentOfTheDesk() {
        user = new UserAccount("wang", "hash");
        user.describe("Wang", null, desk, EnumSet.of(Role.AGENT), null, true);
    }

    @Test
    void aNewUserStartsAtVersionZero() {
        assertThat(user.getCredentialsVersion()).isZero();
    }

    @Test
    void disablingCountsUp() {
        user.describe("Wang", null, desk, EnumSet.of(Role.AGENT), null, false);
        assertThat(user.getCredentialsVersion()).isEqualTo(1);
    }

    @Test
    void anotherRoleCountsUp() {
        user.describe("Wang", null, desk, EnumSet.of(Role.AGENT, Role.DUTY_MANAGER), null, true);
        assertThat(user.getCredentialsVersion()).isEqualTo(1);
    }

    @Test
    void anotherOrganisationCountsUp() {
        user.describe("Wang", null, network, EnumSet.of(Role.AGENT), null, true);
        assertThat(user.getCredentialsVersion()).isEqualTo(1);
    }

    @Test
    void aNewPasswordCountsUp() {
        user.changePassword("other hash");
        assertThat(user.getCredentialsVersion()).isEqualTo(1);
    }

    @Test
    void nameEmailAndLanguageLeaveItAlone() {
        user.describe("Wang Min", "wang@example.com", desk, EnumSet.of(Role.AGENT), "en", true);
        user.chooseLanguage("zh-CN");
        assertThat(user.getCredentialsVersion()).isZero();
    }
}
