package io.serval.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Work-queue tasks, revision notices and version diffs are stored as keys and read out in the reader's language,
 * on the pages and in the API: "P1 解决时间 3 小时", never "RESOLUTION P1 PT3H".
 */
@ServalTest
class AgreementTextsInUsersLanguageTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    /** Customer A's SLA tightens P1 resolution from 4 h to 2 h: the demo OLA-DESK (3 h) is now weaker. */
    @BeforeEach
    void tighten() {
        Api slm = Api.as(port, "slm");
        if (slm.get("/api/agreements/SLA-CUST-A/versions").json().size() == 1) {
            assertThat(slm.patch("/api/agreements/SLA-CUST-A/targets/RES-P1", slm.versioned("/api/agreements/SLA-CUST-A", "{\"duration\":\"2h\"}")).status()).isEqualTo(200);
        }
    }

    @Test
    void theWorkQueueSaysWhatIsWrongInTheReadersLanguage() throws Exception {
        JsonNode zh = task(Api.as(port, "slm").inLanguage("zh-CN"), "OLA-DESK");
        assertThat(zh.get("reason").asString()).isEqualTo("agreement.task.revise");
        assertThat(zh.get("description").asString()).contains("OLA-DESK P1 解决时间").contains("现弱于 SLA-CUST-A 的 2 小时")
                .doesNotContain("PT2H").doesNotContain("RESOLUTION");
        JsonNode en = task(Api.as(port, "slm").inLanguage("en"), "OLA-DESK");
        assertThat(en.get("description").asString()).contains("is now weaker than SLA-CUST-A's 2 h");

        String page = mvc.perform(get("/agreements/queue").with(user(users.loadUserByUsername("slm")))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("现弱于 SLA-CUST-A 的 2 小时").doesNotContain("needs revision");
    }

    @Test
    void theRevisionNoticeIsReadOutOnTheAgreement() throws Exception {
        JsonNode ola = Api.as(port, "slm").inLanguage("zh-CN").get("/api/agreements/OLA-DESK").json();
        assertThat(ola.get("needsRevision").asBoolean()).isTrue();
        assertThat(ola.get("revisionReasons").get(0).asString()).contains("现弱于 SLA-CUST-A 的 2 小时");

        String page = mvc.perform(get("/agreements/OLA-DESK").with(user(users.loadUserByUsername("slm")))
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("is now weaker than SLA-CUST-A&#39;s 2 h");
    }

    @Test
    void theVersionDiffNamesFieldsAndValuesInWords() throws Exception {
        JsonNode change = Api.as(port, "slm").inLanguage("zh-CN").get("/api/agreements/SLA-CUST-A/diff?from=1&to=2").json()
                .get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("targets[RES-P1].duration");
        assertThat(change.get("before").asString()).isEqualTo("PT4H");
        assertThat(change.get("label").asString()).isEqualTo("目标 RES-P1：目标值");
        assertThat(change.get("beforeText").asString()).isEqualTo("4 小时");
        assertThat(change.get("afterText").asString()).isEqualTo("2 小时");

        String page = mvc.perform(get("/agreements/SLA-CUST-A/diff").param("from", "1").param("to", "2")
                .with(user(users.loadUserByUsername("slm"))).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Target RES-P1: Target").contains(">4 h<").contains(">2 h<").doesNotContain(">PT2H<");
    }

    private static JsonNode task(Api api, String agreement) {
        for (JsonNode task : api.get("/api/agreements/tasks").rows()) {
            if (agreement.equals(task.get("agreement").asString())) {
                return task;
            }
        }
        throw new AssertionError("no task for " + agreement);
    }
}
