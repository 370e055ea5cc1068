package io.serval.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.serval.support.ServalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ServalTest
class ServiceRequirementPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ServiceRequirements requirements;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void customerSeesOnlyTheirOwnSpecificationsOnThePages() throws Exception {
        long ofCustomerA = requirements.list("CUST-A", "EMAIL").get(0).id();
        long ofCustomerB = requirements.list("CUST-B", "NETWORK").get(0).id();

        mvc.perform(get("/catalog/requirements").with(as("customer1")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Customer A"), not(containsString("Customer B")))));
        mvc.perform(get("/catalog/requirements/" + ofCustomerB).with(as("customer1"))).andExpect(status().isNotFound());
        mvc.perform(get("/catalog/requirements/" + ofCustomerA).with(as("customer1")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("服务需求说明书"), containsString("15 分钟"),
                        containsString("每 1 个月 不超过 2 次"), not(containsString("id=\"edit-requirement\"")))));
        mvc.perform(get("/catalog/requirements/" + ofCustomerA).with(as("brm")).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Response time"), containsString("15 min"),
                        containsString("id=\"edit-requirement\""))));
    }

    @Test
    void formShowsABadDurationOnItsFieldAndSavesOnceCorrected() throws Exception {
        mvc.perform(post("/catalog/requirements/new").with(as("brm")).with(csrf()).header("Accept-Language", "en")
                        .param("organisation", "CUST-B").param("service", "EMAIL")
                        .param("responseTime", "4 hours").param("availabilityPercent", "lots"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("“lots” is not a number."), containsString("is-invalid"))));
        mvc.perform(post("/catalog/requirements/new").with(as("brm")).with(csrf()).header("Accept-Language", "en")
                        .param("organisation", "CUST-B").param("service", "EMAIL")
                        .param("responseTime", "4 hours").param("availabilityPercent", "99.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“4 hours” is not a duration: write it as 30m, 4h, 1h 30m or 2d.")));

        mvc.perform(post("/catalog/requirements/new").with(as("brm")).with(csrf())
                        .param("organisation", "CUST-B").param("service", "EMAIL").param("expectations", "Mail always works")
                        .param("responseTime", "30m").param("turnaroundTime", "1h 30m").param("availabilityPercent", "99.5"))
                .andExpect(redirectedUrlPattern("/catalog/requirements/*"));
        assertThat(requirements.list("CUST-B", "EMAIL")).singleElement().satisfies(r -> {
            assertThat(r.responseTime()).isEqualTo("PT30M");
            assertThat(r.turnaroundTime()).isEqualTo("PT1H30M");
        });
    }

    @Test
    void onlyEditorsOpenTheForm() throws Exception {
        mvc.perform(get("/catalog/requirements/new").with(as("customer1"))).andExpect(status().isForbidden());
        mvc.perform(get("/catalog/requirements/new").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/catalog/requirements/new").with(as("slm")).param("service", "ERP")).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"ERP\" selected")));
    }
}
