package io.serval.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.serval.agreement.AgreementQueries;
import io.serval.agreement.AgreementSummary;
import io.serval.catalog.ServiceRequirements;
import io.serval.support.ServalTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Each role's start page counts the work waiting for it, as the module APIs count it. */
@ServalTest
class StartPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AgreementQueries agreements;

    @Autowired
    ServiceRequirements requirements;

    @Test
    @WithMockUser(roles = "SERVICE_LEVEL_MANAGER")
    void serviceLevelManagerSeesTasksRevisionsAndReviewsDueWithAChart() throws Exception {
        long tasks = agreements.openTasks().size();
        long revisions = agreements.list(null, null, null).stream().filter(AgreementSummary::needsRevision).count();
        long reviews = agreements.reviewsDue(60).size();
        String html = home("slm", "en");
        assertThat(count(html, "tile-tasks")).isEqualTo(tasks);
        assertThat(count(html, "tile-revisions")).isEqualTo(revisions);
        assertThat(count(html, "tile-reviews")).isEqualTo(reviews);
        assertThat(html).contains("id=\"chart-agreements\"", "data-chart=", "/js/charts.js", "Agreements by status")
                .doesNotContain("tile-disabled-users", "<script>");
    }

    @Test
    void administratorSeesUsersWhoCannotLogIn() throws Exception {
        String html = home("admin", "zh-CN");
        assertThat(html).contains("无法登录（已停用）的用户", "href=\"/admin/users?enabled=false\"", "id=\"chart-users\"");
        assertThat(count(html, "tile-disabled-users")).isZero();
    }

    @Test
    @WithMockUser(roles = "BUSINESS_RELATIONSHIP_MANAGER")
    void businessRelationshipManagerSeesSpecificationsNoAgreementAnswers() throws Exception {
        long unanswered = requirements.list(null, null).stream().filter(r -> r.answeringAgreement() == null).count();
        String html = home("brm", "en");
        assertThat(count(html, "tile-unanswered")).isEqualTo(unanswered);
        assertThat(html).doesNotContain("tile-tasks");
    }

    @Test
    void customerSeesTheirAgreementsInForceAndTheServicesTheyCover() throws Exception {
        String html = home("customer1", "en");
        assertThat(count(html, "tile-agreements")).isPositive();
        assertThat(html).contains("id=\"my-agreements\"", "id=\"my-services\"", "/catalog/services/")
                .doesNotContain("tile-tasks", "tile-disabled-users", "CUST-B");
    }

    private String home(String username, String language) throws Exception {
        return mvc.perform(get("/").with(user(users.loadUserByUsername(username))).header("Accept-Language", language))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The number shown on a tile. */
    private static long count(String html, String tile) {
        Matcher m = Pattern.compile("id=\"" + tile + "\".*?work-count[^>]*>(\\d+)<", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(tile + " shown").isTrue();
        return Long.parseLong(m.group(1));
    }
}
