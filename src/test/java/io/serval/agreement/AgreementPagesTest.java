package io.serval.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.serval.support.ServalTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The agreement pages on the demo agreements: refusals explained, permissions and scoping, both languages. */
@ServalTest
class AgreementPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AgreementQueries queries;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void weakerOlaEnteredInTheFormIsRefusedWithTheReasonAndNotSaved() throws Exception {
        mvc.perform(post("/agreements/new").with(as("slm")).with(csrf()).header("Accept-Language", "en")
                        .param("type", "OLA").param("code", "OLA-WEAK").param("nameEn", "Weak OLA").param("party", "DESK")
                        .param("calendar", "cn-standard")
                        .param("targets[0].code", "RES-P1").param("targets[0].metric", "RESOLUTION")
                        .param("targets[0].priority", "P1").param("targets[0].value", "6h")
                        .param("targets[0].warnings", "50, 75, 90").param("targets[0].underpins", "SLA-CUST-A/RES-P1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"refusal\"")))
                .andExpect(content().string(Matchers.containsString("OLA-WEAK/RES-P1")))
                .andExpect(content().string(Matchers.containsString("SLA-CUST-A/RES-P1")));
        assertThat(queries.list(null, null, "OLA-WEAK")).isEmpty();
    }

    @Test
    void anOlaFromTheFormIsSavedWithShortTimesAndItsUnderpinning() throws Exception {
        mvc.perform(post("/agreements/new").with(as("slm")).with(csrf())
                        .param("type", "OLA").param("code", "OLA-GOOD").param("nameZh", "网络组运营级别协议")
                        .param("nameEn", "Good OLA").param("party", "NETWORK")
                        .param("calendar", "cn-standard").param("matrix[HIGH/HIGH]", "P1")
                        .param("targets[0].code", "RES-P1").param("targets[0].metric", "RESOLUTION")
                        .param("targets[0].priority", "P1").param("targets[0].value", "2h 30m")
                        .param("targets[0].category", "network")
                        .param("targets[0].warnings", "50, 75, 90").param("targets[0].underpins", "SLA-CUST-A/RES-P1"))
                .andExpect(redirectedUrl("/agreements/OLA-GOOD"));
        AgreementDocument saved = queries.get("OLA-GOOD").document();
        assertThat(saved.team()).isEqualTo("NETWORK");
        assertThat(saved.nameZh()).isEqualTo("网络组运营级别协议");
        assertThat(saved.nameEn()).isEqualTo("Good OLA");
        assertThat(saved.targets().get(0).duration()).isEqualTo("PT2H30M");
        assertThat(saved.targets().get(0).category()).isEqualTo("network");
        assertThat(saved.targets().get(0).underpins()).extracting(AgreementDocument.UnderpinRef::agreement).containsExactly("SLA-CUST-A");
        assertThat(saved.priorityMatrix()).singleElement().extracting(AgreementDocument.PriorityCell::priority).isEqualTo("P1");
    }

    @Test
    void theOlaFormOffersTheSlaTargetsToUnderpin() throws Exception {
        mvc.perform(get("/agreements/new").param("type", "OLA").with(as("slm")))
                .andExpect(content().string(Matchers.containsString("value=\"SLA-CUST-A/RES-P1\"")))
                .andExpect(content().string(Matchers.containsString("value=\"CORP-SLA/AVAIL\"")));
    }

    @Test
    void badInputIsShownOnItsFields() throws Exception {
        mvc.perform(post("/agreements/new").with(as("slm")).with(csrf()).header("Accept-Language", "en")
                        .param("type", "SLA").param("code", "SLA-BAD").param("nameZh", "").param("nameEn", "")
                        .param("calendar", "cn-standard")
                        .param("targets[0].code", "RES").param("targets[0].metric", "RESOLUTION").param("targets[0].value", "soon"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Give the time, e.g. 4h, 30m or PT4H.")))
                .andExpect(content().string(Matchers.containsString("Enter the name in Chinese, English or both.")))
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        assertThat(queries.list(null, null, "SLA-BAD")).isEmpty();
    }

    @Test
    void customersSeeOnlyTheirOwnPublishedSlas() throws Exception {
        mvc.perform(get("/agreements").with(as("customer1")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("SLA-CUST-A")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("SLA-CUST-B"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("OLA-DESK"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/agreements/CORP-SLA\""))));
        mvc.perform(get("/agreements/SLA-CUST-B").with(as("customer1"))).andExpect(status().isNotFound());
        mvc.perform(get("/agreements/new").with(as("customer1"))).andExpect(status().isForbidden());
        mvc.perform(get("/agreements/queue").with(as("customer1"))).andExpect(status().isForbidden());
        mvc.perform(get("/agreements").with(as("provider1")))
                .andExpect(content().string(Matchers.containsString("UC-PROV-1")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("UC-PROV-2"))));
    }

    @Test
    void aCustomerFollowsTheServiceHoursOfItsSlaToTheCalendarReadOnly() throws Exception {
        mvc.perform(get("/agreements/SLA-CUST-A").with(as("customer1")))
                .andExpect(content().string(Matchers.containsString("id=\"agreement-calendar\" href=\"/calendars/cn-standard\"")));
        mvc.perform(get("/calendars/cn-standard").with(as("customer1")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"edit-calendar\""))));
    }

    @Test
    void theListSortsByTheChosenColumn() throws Exception {
        String byCode = mvc.perform(get("/agreements").param("sort", "code").with(as("agent")))
                .andReturn().getResponse().getContentAsString();
        assertThat(byCode.indexOf("/agreements/CORP-SLA")).isLessThan(byCode.indexOf("/agreements/OLA-DESK"));
        String byType = mvc.perform(get("/agreements").param("sort", "type").param("type", "").with(as("agent")))
                .andReturn().getResponse().getContentAsString();
        assertThat(byType.indexOf("/agreements/OLA-DESK")).as("OLA before SLA").isLessThan(byType.indexOf("/agreements/CORP-SLA"));
    }

    @Test
    void agentsReadAgreementsButCannotDraftThem() throws Exception {
        mvc.perform(get("/agreements/SLA-CUST-B").with(as("agent"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"edit-agreement\""))));
        mvc.perform(get("/agreements/new").with(as("agent"))).andExpect(status().isForbidden());
    }

    @Test
    void detailAndWorkQueueRenderInChineseAndEnglish() throws Exception {
        mvc.perform(get("/agreements/UC-PROV-1").with(as("slm")).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(Matchers.containsString("罚款条款")))
                .andExpect(content().string(Matchers.containsString("工作单超时")));
        mvc.perform(get("/agreements/UC-PROV-1").with(as("slm")).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("Penalty clauses")))
                .andExpect(content().string(Matchers.containsString("at most 10 % of the monthly fee")));
        mvc.perform(get("/agreements/SLA-CUST-A").with(as("slm")).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("At most 400 tickets a month")))
                .andExpect(content().string(Matchers.containsString("id=\"answered-requirements\"")))
                .andExpect(content().string(Matchers.containsString("4 h")));
        mvc.perform(get("/agreements/SLA-CUST-A/edit").with(as("slm")))
                .andExpect(content().string(Matchers.containsString("At most 400 tickets a month</textarea>")));
        mvc.perform(get("/agreements/queue").with(as("slm")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("服务级别工作队列")));
    }
}
