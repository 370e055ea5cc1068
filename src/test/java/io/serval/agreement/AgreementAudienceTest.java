package io.serval.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Customers and providers see versions in force only, on every endpoint, and views without other organisations'
 * identifiers or internal editing history; what is in force "today" is today in the configured zone.
 */
@ServalTest
class AgreementAudienceTest {

    private static final String FAILURES_FOR_B =
            "/api/agreements/effective-target?customer=CUST-B&service=POWER-REPAIR&metric=FAILURE_COUNT";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static final String METER_FAILURES_FOR_B =
            "/api/agreements/effective-target?customer=CUST-B&service=METER-INSTALL&metric=FAILURE_COUNT";

    private String serviceSla(String code, LocalDate validFrom, LocalDate validTo) {
        return serviceSla(code, "POWER-REPAIR", validFrom, validTo);
    }

    private String serviceSla(String code, String service, LocalDate validFrom, LocalDate validTo) {
        return """
                {"type":"SLA","code":"%s","name":"Repairs B","level":"SERVICE","parent":"SLA-CUST-B","customer":"CUST-B",
                 "services":["%s"],"calendar":"24x7","validFrom":"%s"%s,
                 "targets":[{"code":"FAIL","metric":"FAILURE_COUNT","count":1,"period":"P1M"}]}"""
                .formatted(code, service, validFrom, validTo == null ? "" : ",\"validTo\":\"" + validTo + "\"");
    }

    private static void publish(Api slm, String code) {
        for (String step : new String[] {"submit", "approve", "publish"}) {
            assertThat(slm.post("/api/agreements/" + code + "/" + step, "").status()).as(step).isEqualTo(200);
        }
    }

    @Test
    void aDraftCommitsNobodyAndNoCustomerReadsIt() {
        Api slm = Api.as(port, "slm");
        assertThat(slm.post("/api/agreements", serviceSla("SLA-B-DRAFT", LocalDate.of(2026, 1, 1), null)).status()).isEqualTo(201);

        assertThat(Api.as(port, "customer2").get(FAILURES_FOR_B).status()).as("the customer's own draft").isEqualTo(404);
        assertThat(slm.get(FAILURES_FOR_B).status()).as("staff: a draft is no target in force either").isEqualTo(404);
        assertThat(Api.as(port, "customer2").get("/api/agreements/SLA-B-DRAFT").status()).isEqualTo(404);
        assertThat(Api.as(port, "customer2").get("/api/agreements").body()).doesNotContain("SLA-B-DRAFT");

        publish(slm, "SLA-B-DRAFT");
        JsonNode inForce = Api.as(port, "customer2").get(FAILURES_FOR_B).json();
        assertThat(inForce.get("agreement").asString()).isEqualTo("SLA-B-DRAFT");
        assertThat(inForce.get("count").asInt()).isEqualTo(1);

        String revised = serviceSla("SLA-B-DRAFT", LocalDate.of(2026, 1, 1), null).replace("\"count\":1", "\"count\":3");
        JsonNode draft = slm.get("/api/agreements/SLA-B-DRAFT").json();
        assertThat(slm.put("/api/agreements/SLA-B-DRAFT", revised.replace("{\"type\"",
                "{\"version\":" + draft.get("version").asLong() + ",\"type\"")).status()).isEqualTo(200);
        assertThat(Api.as(port, "customer2").get(FAILURES_FOR_B).json().get("count").asInt())
                .as("the new draft changes nothing until it is published").isEqualTo(1);
        assertThat(Api.as(port, "customer2").get("/api/agreements/SLA-B-DRAFT/versions").json().size())
                .as("the customer sees the published version, not the draft").isEqualTo(1);
    }

    @Test
    void aProviderReadsItsUcWithoutTheCustomersSlaCodes() {
        Api provider = Api.as(port, "provider1");
        JsonNode uc = provider.get("/api/agreements/UC-PROV-1").json();
        assertThat(uc.get("document").get("targets").size()).isPositive();
        assertThat(uc.get("document").get("targets").values()).allSatisfy(t -> assertThat(t.get("underpins").size()).isZero());
        assertThat(provider.get("/api/agreements/UC-PROV-1").body()).doesNotContain("SLA-CUST-B");
        assertThat(provider.get("/api/agreements/UC-PROV-1/versions").body()).doesNotContain("SLA-CUST-B");
        assertThat(Api.as(port, "slm").get("/api/agreements/UC-PROV-1").body()).as("staff see the chain").contains("SLA-CUST-B");
    }

    @Test
    void customersAndProvidersSeeNoInternalEditingHistory() {
        Api slm = Api.as(port, "slm");
        JsonNode staff = slm.get("/api/agreements/SLA-CUST-A").json();
        assertThat(staff.get("updatedBy").asString()).isNotBlank();

        for (String[] reader : new String[][] {{"customer1", "SLA-CUST-A"}, {"provider1", "UC-PROV-1"}}) {
            Api outsider = Api.as(port, reader[0]);
            JsonNode view = outsider.get("/api/agreements/" + reader[1]).json();
            assertThat(view.path("updatedBy").isNull() || view.path("updatedBy").isMissingNode()).as(reader[0]).isTrue();
            assertThat(view.get("revisionReasons").size()).isZero();
            JsonNode version = outsider.get("/api/agreements/" + reader[1] + "/versions").json().get(0);
            for (String internal : new String[] {"createdBy", "submittedBy", "approvedBy", "publishedBy", "note", "createdAt"}) {
                assertThat(version.path(internal).isNull() || version.path(internal).isMissingNode()).as(reader[0] + " " + internal).isTrue();
            }
            assertThat(version.get("publishedAt").asString()).isNotBlank();
        }
    }

    @Test
    void anSlaValidFromTodayIsInForceAtHalfPastMidnightInShanghai() {
        clock.setTo(TestClock.halfPastMidnightInShanghai()); // the UTC date is still yesterday
        LocalDate today = LocalDate.now(clock);
        Api slm = Api.as(port, "slm");
        assertThat(slm.post("/api/agreements", serviceSla("SLA-B-TODAY", "METER-INSTALL", today, null)).status()).isEqualTo(201);
        publish(slm, "SLA-B-TODAY");
        assertThat(slm.get(METER_FAILURES_FOR_B).json().get("agreement").asString()).isEqualTo("SLA-B-TODAY");

        assertThat(slm.post("/api/agreements", serviceSla("SLA-B-ENDED", "METER-INSTALL", today.minusYears(1), today.minusDays(1))).status())
                .isEqualTo(201);
        publish(slm, "SLA-B-ENDED");
        assertThat(slm.get(METER_FAILURES_FOR_B).json().get("agreement").asString())
                .as("an SLA valid until yesterday (Shanghai) no longer applies").isEqualTo("SLA-B-TODAY");

        clock.setTo(TestClock.halfPastMidnightInShanghai().minusSeconds(3600)); // 23:30 yesterday in Shanghai
        assertThat(slm.get(METER_FAILURES_FOR_B).json().get("agreement").asString()).isEqualTo("SLA-B-ENDED");
    }
}
