package io.serval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@ServalTest
class LanguageSwitchTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void pagesFollowTheBrowserLanguage() throws Exception {
        var agent = user(users.loadUserByUsername("agent"));
        mvc.perform(get("/").with(agent).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(Matchers.containsString("服务时间")));
        mvc.perform(get("/").with(agent).header("Accept-Language", "en-US"))
                .andExpect(content().string(Matchers.containsString("Calendars")));
    }

    @Test
    void switchingLanguageReturnsToThePageAndIsRememberedForTheUser() throws Exception {
        var duty = user(users.loadUserByUsername("duty"));
        mvc.perform(get("/language").param("lang", "en").with(duty).session(new MockHttpSession())
                        .header("Referer", "http://localhost/calendars/cn-standard?x=1"))
                .andExpect(redirectedUrl("/calendars/cn-standard?x=1"));

        assertThat(Api.as(port, "duty").inLanguage("zh-CN").get("/api/me").json().get("language").asString())
                .isEqualTo("en");
        var dutyNextLogin = user(users.loadUserByUsername("duty"));
        mvc.perform(get("/").with(dutyNextLogin).session(new MockHttpSession()).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(Matchers.containsString("Calendars")));
    }

    @Test
    void theSwitchNeverRedirectsToAnotherSite() throws Exception {
        var engineer = user(users.loadUserByUsername("engineer"));
        mvc.perform(get("/language").param("lang", "en").with(engineer).header("Referer", "http://evil.example//x"))
                .andExpect(redirectedUrl("/"));
    }
}
