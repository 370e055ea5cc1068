package io.serval.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.PageSession;
import io.serval.support.PageSession.Page;
import io.serval.support.ServalTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every answer tells the browser what it may run and load, and keeps the session cookie to this site. */
@ServalTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void pagesForbidInlineScriptsAndStylesFramingAndSniffing() {
        PageSession browser = new PageSession(port);
        browser.logIn("agent", "demo");
        Page home = browser.get("/");

        String policy = home.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(home.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(home.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHiddenFromScripts() {
        Page login = new PageSession(port).get("/login");

        assertThat(login.header("Set-Cookie")).contains("JSESSIONID=").containsIgnoringCase("SameSite=Lax").contains("HttpOnly");
    }

    @Test
    void theApiAnswersCarryTheSameHeaders() {
        PageSession api = new PageSession(port);
        Page anonymous = api.get("/api/me");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(anonymous.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(Api.as(port, "agent").get("/api/me").status()).isEqualTo(200);
    }
}
