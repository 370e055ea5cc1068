package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.login;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.switchLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In the browser: an administrator who is demoted or disabled while their page is open cannot submit what they
 * had started, and lands on the login page with the reason; repeated wrong passwords lock the login form.
 */
@ServalTest
class AccessChangesE2ETest {

    private static final String PASSWORD = "deputy-admin-pass";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDemotedAdministratorsOpenOrganisationFormIsRefusedAtSubmit() {
        Page page = formOpenAs(deputy("deputy1"));

        change("deputy1", "[\"AGENT\"]", true);
        page.locator("main button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?changed$"));
        assertThat(page.locator("#login-changed")).isVisible();
        screenshot(page, "access-demoted-admin-login-en");
        assertThat(Api.as(port, "admin").get("/api/organisations/E2E-STALE").status()).isEqualTo(404);
        switchLanguage(page, "zh");
        assertThat(page.locator("#login-changed")).containsText("重新登录");
        screenshot(page, "access-demoted-admin-login-zh");
    }

    @Test
    void aDisabledAdministratorsOpenOrganisationFormIsRefusedAtSubmit() {
        Page page = formOpenAs(deputy("deputy2"));

        change("deputy2", "[\"ADMIN\"]", false);
        page.locator("main button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?changed$"));
        assertThat(Api.as(port, "admin").get("/api/organisations/E2E-STALE").status()).isEqualTo(404);
        page.navigate("/admin/organisations/new");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void fiveWrongPasswordsLockTheLoginFormWithAMessageInBothLanguages() {
        Page page = browser.page();
        page.navigate("/login");
        for (int attempt = 1; attempt <= 5; attempt++) {
            page.locator("#username").fill("quality");
            page.locator("#password").fill("not-the-password");
            page.locator("#login-submit").click();
            page.waitForLoadState();
        }
        assertThat(page.locator("#login-locked")).isVisible();
        assertThat(page.locator("#login-locked")).containsText("locked until");
        screenshot(page, "access-login-locked-en");

        page.locator("#username").fill("quality");
        page.locator("#password").fill("demo");
        page.locator("#login-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?locked$"));

        switchLanguage(page, "zh");
        assertThat(page.locator("#login-locked")).containsText("登录");
        screenshot(page, "access-login-locked-zh");
        jdbc.update("delete from login_throttle");
    }

    private String deputy(String username) {
        Api.Response created = Api.as(port, "admin").post("/api/users", """
                {"username":"%s","displayName":"Deputy","organisation":"SERVAL","roles":["ADMIN"],"password":"%s"}"""
                .formatted(username, PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    /** Another administrator, through the API, gives the user these roles and enables or disables them. */
    private void change(String username, String roles, boolean enabled) {
        Api admin = Api.as(port, "admin");
        long version = admin.get("/api/users/" + username).json().get("version").asLong();
        assertThat(admin.put("/api/users/" + username, """
                {"displayName":"Deputy","organisation":"SERVAL","roles":%s,"enabled":%s,"version":%d}"""
                .formatted(roles, enabled, version)).status()).isEqualTo(200);
    }

    private Page formOpenAs(String username) {
        Page page = browser.page();
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("#login-submit").click();
        assertThat(page.locator("#user-menu")).isVisible();
        page.navigate("/admin/organisations/new");
        page.locator("#code").fill("E2E-STALE");
        page.locator("#nameEn").fill("Should not be created");
        page.locator("#kind").selectOption("CUSTOMER");
        return page;
    }
}
