package io.serval.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Versions move draft → in review → approved → published → superseded; customers see only what is in force. */
@ServalTest
class ChangeControlTest {

    @LocalServerPort
    int port;

    @Test
    void publishedSlaIsVisibleToItsCustomerOnlyAndAChangeOpensANewDraft() {
        Api slm = Api.as(port, "slm");
        assertThat(slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-B","name":"Customer B SLA","calendar":"cn-standard","customer":"CUST-B",
                 "services":["EMAIL"],"targets":[{"code":"RESP","metric":"RESPONSE","priority":"P2","duration":"PT1H"}]}""")
                .status()).isEqualTo(201);
        assertThat(Api.as(port, "customer2").get("/api/agreements/SLA-B").status()).as("a draft is not in force").isEqualTo(404);

        assertThat(slm.post("/api/agreements/SLA-B/submit", "{\"note\":\"first issue\"}").json().get("status").asString())
                .isEqualTo("IN_REVIEW");
        assertThat(slm.put("/api/agreements/SLA-B/targets/RESP", slm.versioned("/api/agreements/SLA-B", "{\"duration\":\"PT2H\"}")).status())
                .as("a version in review does not change").isEqualTo(422);
        assertThat(Api.as(port, "agent").post("/api/agreements/SLA-B/approve", "").status()).isEqualTo(403);
        assertThat(slm.post("/api/agreements/SLA-B/approve", "").json().get("status").asString()).isEqualTo("APPROVED");
        JsonNode published = slm.post("/api/agreements/SLA-B/publish", "").json();
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("nextReviewDue").isNull()).isFalse();

        assertThat(Api.as(port, "customer2").get("/api/agreements/SLA-B").json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(Api.as(port, "customer1").get("/api/agreements/SLA-B").status()).isEqualTo(404);
        assertThat(Api.as(port, "customer1").get("/api/agreements").body()).doesNotContain("SLA-B");
        assertThat(Api.as(port, "provider1").get("/api/agreements/SLA-B").status()).isEqualTo(404);

        JsonNode draft = slm.put("/api/agreements/SLA-B/targets/RESP", slm.versioned("/api/agreements/SLA-B", "{\"duration\":\"PT30M\"}")).json();
        assertThat(draft.get("versionNumber").asInt()).isEqualTo(2);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("publishedVersion").asInt()).isEqualTo(1);

        JsonNode customerView = Api.as(port, "customer2").get("/api/agreements/SLA-B").json();
        assertThat(customerView.get("versionNumber").asInt()).as("the customer still sees the version in force").isEqualTo(1);
        assertThat(customerView.get("document").get("targets").get(0).get("duration").asString()).isEqualTo("PT1H");

        assertThat(Api.as(port, "customer2").get("/api/agreements/SLA-B/effective-targets").body())
                .as("the customer's inherited view uses the version in force").contains("PT1H").doesNotContain("PT30M");

        JsonNode diff = slm.get("/api/agreements/SLA-B/diff?from=1&to=2").json();
        assertThat(diff.get("changes").toString()).contains("targets[RESP].duration").contains("PT1H").contains("PT30M");

        slm.post("/api/agreements/SLA-B/submit", "");
        slm.post("/api/agreements/SLA-B/approve", "");
        slm.post("/api/agreements/SLA-B/publish", "");
        assertThat(slm.get("/api/agreements/SLA-B/versions").body()).contains("SUPERSEDED");
        assertThat(Api.as(port, "customer2").get("/api/agreements/SLA-B").json().get("versionNumber").asInt()).isEqualTo(2);
    }

    @Test
    void aChildSlaIsPublishedOnlyUnderAParentInForce() {
        Api slm = Api.as(port, "slm");
        slm.post("/api/agreements", """
                {"type":"SLA","code":"TOP","name":"Top","calendar":"24x7"}""");
        slm.post("/api/agreements", """
                {"type":"SLA","code":"UNDER","name":"Under","calendar":"24x7","parent":"TOP","customer":"CUST-A","service":"ERP"}""");
        assertThat(slm.get("/api/agreements/UNDER").json().get("document").get("services").get(0).asString()).isEqualTo("ERP");
        slm.post("/api/agreements/UNDER/submit", "");
        slm.post("/api/agreements/UNDER/approve", "");

        Api.Response refused = slm.post("/api/agreements/UNDER/publish", "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("TOP");

        for (String step : new String[] {"submit", "approve", "publish"}) {
            slm.post("/api/agreements/TOP/" + step, "");
        }
        assertThat(slm.post("/api/agreements/UNDER/publish", "").json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(Api.as(port, "customer1").get("/api/agreements/UNDER/effective-targets").status()).isEqualTo(200);
    }

    @Test
    void terminatingAnSlaWithAUcBehindItOpensAUcReview() {
        Api slm = Api.as(port, "slm");
        slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-T","name":"To end","calendar":"24x7","customer":"CUST-A",
                 "targets":[{"code":"UP","metric":"AVAILABILITY","percent":99.0}]}""");
        assertThat(slm.post("/api/agreements", """
                {"type":"UC","code":"UC-T","name":"Supplier","calendar":"24x7","provider":"PROV-2",
                 "targets":[{"code":"UP","metric":"AVAILABILITY","percent":99.9,"underpins":[{"agreement":"SLA-T","target":"UP"}]}]}""")
                .status()).isEqualTo(201);
        for (String step : new String[] {"submit", "approve", "publish"}) {
            slm.post("/api/agreements/SLA-T/" + step, "");
        }
        assertThat(slm.post("/api/agreements/SLA-T/terminate", "{}").status()).as("a reason is required").isEqualTo(400);
        assertThat(slm.post("/api/agreements/SLA-T/terminate", "{\"reason\":\"contract ended\"}").json()
                .get("status").asString()).isEqualTo("TERMINATED");
        assertThat(slm.get("/api/agreements/tasks").body()).contains("UC_REVIEW").contains("UC-T");
    }
}
