package io.serval.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.serval.support.ServalTest;
import java.util.Arrays;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Each demo user's home page shows the navigation and role cards of their roles, in Chinese and English. */
@ServalTest
class NavigationByRoleTest {

    private static final String[] ALL_ITEMS = {"nav-tickets", "nav-calendars", "nav-organisations", "nav-my-organisation", "nav-audit", "nav-admin"};

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "admin     | en    | nav-tickets nav-calendars nav-organisations nav-audit nav-admin | role-ADMIN | Administrator",
            "admin     | zh-CN | nav-tickets nav-calendars nav-organisations nav-audit nav-admin | role-ADMIN | 系统管理员",
            "agent     | en    | nav-tickets nav-calendars nav-organisations | role-AGENT | Service desk agent",
            "agent     | zh-CN | nav-tickets nav-calendars nav-organisations | role-AGENT | 服务台人员",
            "duty      | zh-CN | nav-tickets nav-calendars nav-organisations | role-DUTY_MANAGER | 值班经理",
            "slm       | en    | nav-tickets nav-calendars nav-organisations | role-SERVICE_LEVEL_MANAGER | Service level manager",
            "brm       | zh-CN | nav-calendars nav-organisations | role-BUSINESS_RELATIONSHIP_MANAGER | 业务关系经理",
            "quality   | en    | nav-calendars nav-organisations | role-QUALITY_MANAGER | Quality supervision manager",
            "finance   | zh-CN | nav-calendars nav-organisations | role-ACCOUNTS_PAYABLE | 应付会计",
            "mgmtrep   | en    | nav-calendars nav-organisations nav-audit | role-MANAGEMENT_REPRESENTATIVE | Management representative",
            "customer1 | en    | nav-tickets nav-my-organisation | role-CUSTOMER | Customer A",
            "customer1 | zh-CN | nav-tickets nav-my-organisation | role-CUSTOMER | 客户/用户",
            "customer2 | en    | nav-tickets nav-my-organisation | role-CUSTOMER | Customer B",
            "provider1 | zh-CN | nav-my-organisation | role-PROVIDER | 现场服务提供方",
            "provider2 | en    | nav-my-organisation | role-PROVIDER | Field service provider"})
    void homePageShowsTheNavigationOfTheRole(String username, String language, String visible, String roleCard,
            String text) throws Exception {
        var shown = Arrays.asList(visible.split(" "));
        var page = mvc.perform(get("/").with(user(users.loadUserByUsername(username))).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"" + roleCard + "\"")))
                .andExpect(content().string(Matchers.containsString(text)));
        for (String item : ALL_ITEMS) {
            Matcher<String> hasItem = Matchers.containsString("id=\"" + item + "\"");
            page.andExpect(content().string(shown.contains(item) ? hasItem : Matchers.not(hasItem)));
        }
    }
}
