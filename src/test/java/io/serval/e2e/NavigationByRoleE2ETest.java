package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.login;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.switchLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.serval.support.ServalTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What each kind of user sees in the navbar, in English and in Chinese, and what an outsider is refused. */
@ServalTest
class NavigationByRoleE2ETest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final List<String> ALL = List.of("#nav-home", "#nav-tickets", "#nav-near-breach", "#nav-calendars",
            "#nav-my-organisation", "#nav-organisations", "#nav-audit", "#nav-admin");

    /** A user, the nav items they must see (id → English text, Chinese text); all others they must not. */
    record Expected(String username, String roleCard, Map<String, List<String>> visible) {

        @Override
        public String toString() {
            return username;
        }
    }

    static Stream<Expected> users() {
        return Stream.of(
                new Expected("customer1", "#role-CUSTOMER", Map.of(
                        "#nav-home", List.of("Home", "首页"),
                        "#nav-tickets", List.of("Tickets", "工单"),
                        "#nav-my-organisation", List.of("My organisation", "我的组织"))),
                new Expected("provider1", "#role-PROVIDER", Map.of(
                        "#nav-home", List.of("Home", "首页"),
                        "#nav-my-organisation", List.of("My organisation", "我的组织"))),
                new Expected("agent", "#role-AGENT", Map.of(
                        "#nav-home", List.of("Home", "首页"),
                        "#nav-tickets", List.of("Tickets", "工单"),
                        "#nav-near-breach", List.of("Near breach", "即将超时"),
                        "#nav-calendars", List.of("Calendars", "服务时间"),
                        "#nav-organisations", List.of("Organisations", "组织"))),
                new Expected("admin", "#role-ADMIN", Map.of(
                        "#nav-home", List.of("Home", "首页"),
                        "#nav-tickets", List.of("Tickets", "工单"),
                        "#nav-near-breach", List.of("Near breach", "即将超时"),
                        "#nav-calendars", List.of("Calendars", "服务时间"),
                        "#nav-organisations", List.of("Organisations", "组织"),
                        "#nav-audit", List.of("Audit log", "审计日志"),
                        "#nav-admin", List.of("Administration", "系统管理"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void eachRoleSeesItsOwnNavigationInBothLanguages(Expected expected) {
        Page page = browser.page();
        login(page, expected.username());
        assertThat(page.locator(expected.roleCard())).isVisible();

        assertNavigation(page, expected, 0);
        screenshot(page, "nav-" + expected.username() + "-home-en");

        switchLanguage(page, "zh");
        assertNavigation(page, expected, 1);
        assertThat(page.locator("#role-cards")).not().containsText("??");
        screenshot(page, "nav-" + expected.username() + "-home-zh");

        switchLanguage(page, "en");
        assertNavigation(page, expected, 0);
    }

    private static void assertNavigation(Page page, Expected expected, int language) {
        for (String item : ALL) {
            List<String> texts = expected.visible().get(item);
            if (texts == null) {
                assertThat(page.locator(item)).hasCount(0);
            } else {
                assertThat(page.locator(item)).isVisible();
                assertThat(page.locator(item)).hasText(texts.get(language));
            }
        }
    }

    @Test
    void customerFollowsMyOrganisationButNotAnotherOrganisationNorTheAdministration() {
        Page page = browser.page();
        login(page, "customer1");
        page.locator("#nav-my-organisation").click();
        assertThat(page).hasURL(Pattern.compile(".*/organisations/CUST-A$"));
        assertThat(page.locator("main")).containsText("Customer A");
        screenshot(page, "nav-customer1-my-organisation-en");

        Response other = page.navigate("/organisations/CUST-B");
        assertThat(other.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Not found");
        assertThat(page.locator("main")).not().containsText("Customer B");
        screenshot(page, "nav-customer1-other-organisation-en");

        Response admin = page.navigate("/admin/users");
        assertThat(admin.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Not allowed");
        screenshot(page, "nav-customer1-admin-users-en");

        Response calendars = page.navigate("/calendars");
        assertThat(calendars.status()).isEqualTo(403);
        assertThat(page.navigate("/clocks/near-breach").status()).isEqualTo(403);

        switchLanguage(page, "zh");
        assertThat(page.locator("h1")).hasText("无权访问");
        screenshot(page, "nav-customer1-admin-users-zh");
        page.navigate("/organisations/CUST-B");
        assertThat(page.locator("h1")).hasText("未找到");
        screenshot(page, "nav-customer1-other-organisation-zh");
        switchLanguage(page, "en");
    }

    @Test
    void agentReadsCalendarsButMayNotChangeThem() {
        Page page = browser.page();
        login(page, "agent");
        page.locator("#nav-calendars").click();
        assertThat(page.locator("#calendars")).containsText("cn-standard");
        assertThat(page.locator("#new-calendar")).hasCount(0);
        page.locator("#calendars a", new Page.LocatorOptions().setHasText("cn-standard")).click();
        assertThat(page.locator("#week-grid")).isVisible();
        assertThat(page.locator("#edit-calendar")).hasCount(0);
        assertThat(page.locator("#import-form")).hasCount(0);
        screenshot(page, "nav-agent-calendar-cn-standard-en");
        assertThat(page.navigate("/calendars/cn-standard/edit").status()).isEqualTo(403);
    }

    @Test
    void adminSavesUsersAndOrganisationsThroughTheAdministrationMenu() {
        Page page = browser.page();
        login(page, "admin");
        page.locator("#nav-admin").click();
        page.locator("#nav-users").click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/users$"));
        assertThat(page.locator("main")).containsText("customer1");
        screenshot(page, "nav-admin-users-en");

        page.locator("main tr", new Page.LocatorOptions().setHasText("customer2")).getByRole(
                com.microsoft.playwright.options.AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                        .setName("Edit")).click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/users/customer2/edit$"));
        page.locator("#displayName").fill("Bob B. (Customer B)");
        screenshot(page, "nav-admin-user-edit-en");
        page.locator("main button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/users$"));
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.locator("main tr", new Page.LocatorOptions().setHasText("customer2")))
                .containsText("Bob B. (Customer B)");

        page.locator("#nav-admin").click();
        page.locator("a[href$='/admin/organisations/new']").click();
        page.locator("#code").fill("CUST-E2E");
        page.locator("#nameEn").fill("E2E 客户 Customer");
        page.locator("#kind").selectOption("CUSTOMER");
        screenshot(page, "nav-admin-organisation-new-en");
        page.locator("main button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/organisations/CUST-E2E$"));
        assertThat(page.locator("h1")).containsText("E2E 客户 Customer");
        screenshot(page, "nav-admin-organisation-created-en");
    }

    @Test
    void theApiLinkOpensTheApiDocumentation() {
        Page page = browser.page();
        login(page, "agent");
        page.locator("#nav-api").click();
        assertThat(page.locator(".swagger-ui .info .title")).isVisible();
        assertThat(page.locator(".swagger-ui .info .title")).not().containsText("Petstore");
        assertThat(page.locator(".swagger-ui .opblock-tag").first()).isVisible();
        screenshot(page, "nav-agent-api-docs");
    }
}
