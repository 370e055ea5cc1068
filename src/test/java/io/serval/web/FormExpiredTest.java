package io.serval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.serval.support.ServalTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A form sent with a stale or missing CSRF token is not a matter of roles: the user is told the form expired and
 * what they typed is kept (see {@code io.serval.e2e.CatalogEditingE2ETest} for sending it again in a browser).
 */
@ServalTest
class FormExpiredTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void aStaleTokenGoesToTheExpiredFormPageAndARealRefusalStaysA403() throws Exception {
        mvc.perform(post("/catalog/services/new").with(user(users.loadUserByUsername("slm"))).with(csrf().useInvalidToken())
                        .param("nameEn", "Printing"))
                .andExpect(forwardedUrl(PageAccessDenied.FORM_EXPIRED));
        mvc.perform(post("/catalog/versions").with(user(users.loadUserByUsername("agent"))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aUserWhoseSessionEndedSeesWhatTheyTypedButNotTheirPassword() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/admin/users/new"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "zh-CN")
                .header("Referer", "http://localhost:" + port + "/admin/users/new")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=newbie&displayName=%E6%96%B0%E5%90%8C%E4%BA%8B&password=secret-123&_csrf=stale"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("表单已过期", "您的会话已结束", "id=\"login-again\"", "新同事",
                "href=\"/admin/users/new\"").doesNotContain("secret-123", "id=\"resend\"", "您的角色不允许");
    }
}
