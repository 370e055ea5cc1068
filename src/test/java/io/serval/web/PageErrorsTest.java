package io.serval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A page with a bad address answers the error page in the user's language; the API keeps answering problem+json. */
@ServalTest
class PageErrorsTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/audit?from=abc         | 400 | en    | This address is not valid | “from” cannot be “abc”.",
            "/audit?from=abc         | 400 | zh-CN | 网址无效                  | “from”不能是“abc”。",
            "/admin/users?role=KING  | 400 | en    | This address is not valid | “role” cannot be “KING”.",
            "/catalog/versions/abc   | 404 | zh-CN | 未找到                    | 此处没有内容",
            "/catalog/requirements/x | 404 | en    | Not found                 | There is nothing here",
            "/nonexistent            | 404 | en    | Not found                 | There is nothing here",
            "/nonexistent            | 404 | zh-CN | 未找到                    | 此处没有内容"})
    void aBadAddressAnswersTheErrorPageInTheUsersLanguage(String path, int status, String language, String heading,
            String text) throws Exception {
        MockHttpServletResponse page = mvc.perform(get(path).with(user(users.loadUserByUsername("admin")))
                .header("Accept-Language", language).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(status);
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(heading, text, "id=\"nav-home\"").doesNotContain("\"status\":");
    }

    @Test
    void theApiStillAnswersProblemJson() {
        Api.Response unknown = Api.as(port, "admin").get("/api/nonexistent");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:serval:problem:not-found");

        Api.Response badDate = Api.as(port, "admin").get("/api/audit?from=abc");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith("application/problem+json");
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("from");

        assertThat(Api.as(port, "admin").get("/api/openapi").body()).as("pages' error answers are not API responses")
                .doesNotContain("ModelAndView");
    }
}
