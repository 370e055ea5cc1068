package io.serval.identity.internal;

import io.serval.core.LocalizedText;
import io.serval.core.SeedData;
import io.serval.core.ServalProperties;
import io.serval.identity.OrganisationKind;
import io.serval.identity.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service provider's own organisation and a first administrator, in every mode. Production refuses to
 * start with a missing or well-known initial password.
 */
@Component
class AdministratorSeed implements SeedData {

    static final String HOME_ORGANISATION = "SERVAL";
    private static final Set<String> WELL_KNOWN_PASSWORDS = Set.of("demo", "admin", "password", "changeme", "123456");

    private final Organisations organisations;
    private final UserAccounts users;
    private final PasswordEncoder passwords;
    private final ServalProperties serval;
    private final IdentityProperties admin;

    AdministratorSeed(Organisations organisations, UserAccounts users, PasswordEncoder passwords,
            ServalProperties serval, IdentityProperties admin) {
        this.organisations = organisations;
        this.users = users;
        this.passwords = passwords;
        this.serval = serval;
        this.admin = admin;
    }

    @Override
    public int getOrder() {
        return 10;
    }

    @Override
    @Transactional
    public void seed() {
        Organisation home = organisations.findByCode(HOME_ORGANISATION).orElseGet(() ->
                organisations.save(new Organisation(HOME_ORGANISATION,
                        new LocalizedText("Serval 服务中心", "Serval Service Centre"), OrganisationKind.INTERNAL)));
        if (users.existsByUsername(admin.username())) {
            return;
        }
        String password = admin.initialPassword();
        if (!serval.demo() && (password == null || password.length() < UserEditor.MIN_PASSWORD_LENGTH
                || WELL_KNOWN_PASSWORDS.contains(password.toLowerCase()))) {
            throw new IllegalStateException("Production mode needs serval.admin.initial-password (SERVAL_ADMIN_PASSWORD) "
                    + "of at least " + UserEditor.MIN_PASSWORD_LENGTH + " characters that is not a well-known default");
        }
        UserAccount account = new UserAccount(admin.username(), passwords.encode(password == null ? "demo" : password));
        account.describe("Administrator", null, home, EnumSet.of(Role.ADMIN), null, true);
        users.save(account);
    }
}
