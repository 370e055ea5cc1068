package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.login;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.submit;
import static io.serval.e2e.Browser.switchLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A user creates an API token in the browser, uses it, and revokes it. */
@ServalTest
class ApiTokensE2ETest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aCustomerCreatesUsesAndRevokesAToken() {
        Page page = browser.page();
        login(page, "customer1");
        page.locator("#user-menu").click();
        page.locator("#nav-tokens").click();
        assertThat(page.locator("#no-tokens")).isVisible();

        page.locator("#name").fill("");
        page.locator("#days").fill("400");
        page.locator("#token-form").evaluate("f => f.noValidate = true"); // the server's own check, not the browser's
        submit(page, "#create-token");
        assertThat(page.locator("#days.is-invalid")).isVisible();
        assertThat(page.locator("#name.is-invalid")).isVisible();

        page.locator("#name").fill("夜间同步 nightly sync");
        page.locator("#days").fill("30");
        submit(page, "#create-token");
        String token = page.locator("#token-value").textContent().strip();
        assertThat(token).startsWith("srv_");
        assertThat(page.locator("#tokens")).containsText("夜间同步 nightly sync");
        screenshot(page, "api-tokens-en");
        assertThat(Api.withToken(port, token).get("/api/me").json().get("username").asString()).isEqualTo("customer1");

        page.reload();
        assertThat(page.locator("#token-value")).hasCount(0); // shown once
        switchLanguage(page, "zh");
        assertThat(page.locator("h1")).hasText("API 令牌");
        submit(page, "#tokens button[id^=revoke-]");
        assertThat(page.locator("#tokens")).containsText("已撤销");
        assertThat(Api.withToken(port, token).get("/api/me").status()).isEqualTo(401);
    }
}
