package io.serval.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The contract layer through the API: hierarchy, underpinning, revision flags, effective targets. */
@ServalTest
class AgreementChainTest {

    @LocalServerPort
    int port;

    Api slm;

    @BeforeEach
    void chain() {
        slm = Api.as(port, "slm");
        if (slm.get("/api/agreements/CORP").status() == 404) {
            // a customer of its own, so that the demo agreements for Customer A and B stay out of the way
            Api.as(port, "admin").post("/api/organisations", "{\"code\":\"CUST-T\",\"name\":\"Test customer\",\"kind\":\"CUSTOMER\"}");
            created(slm.post("/api/agreements", """
                    {"type":"SLA","code":"CORP","name":"Corporate SLA","calendar":"cn-standard",
                     "targets":[{"code":"RES-P1","metric":"RESOLUTION","priority":"P1","duration":"PT8H"},
                                {"code":"AVAIL","metric":"AVAILABILITY","percent":99.0}]}"""));
            created(slm.post("/api/agreements", """
                    {"type":"SLA","code":"SLA-A","name":"Test customer SLA","calendar":"cn-standard","parent":"CORP",
                     "customer":"CUST-T","services":["EMAIL"],
                     "targets":[{"code":"RES-P1","metric":"RESOLUTION","priority":"P1","duration":"PT4H"}]}"""));
        }
    }

    @Test
    void childSlaWeakerThanItsParentIsRefusedNamingBothTargets() {
        Api.Response refused = slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-LAX","name":"Lax","calendar":"cn-standard","parent":"CORP","customer":"CUST-T",
                 "targets":[{"code":"RES-P1","metric":"RESOLUTION","priority":"P1","duration":"PT10H"}]}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("SLA-LAX/RES-P1").contains("CORP/RES-P1");
        assertThat(slm.get("/api/agreements/SLA-LAX").status()).isEqualTo(404);
    }

    @Test
    void weakerOlaIsRefusedAndAnEqualOrStricterOneAccepted() {
        Api.Response weaker = slm.post("/api/agreements", ola("OLA-SLOW", "PT6H"));
        assertThat(weaker.status()).isEqualTo(422);
        assertThat(weaker.json().get("detail").asString()).contains("OLA-SLOW/T1").contains("SLA-A/RES-P1");

        Api.Response inChinese = Api.as(port, "slm").inLanguage("zh-CN").post("/api/agreements", ola("OLA-SLOW", "PT6H"));
        assertThat(inChinese.json().get("detail").asString()).contains("OLA-SLOW/T1").contains("弱于其支撑的 SLA 目标");
        assertThat(inChinese.json().get("reasons").get(0).get("code").asString()).isEqualTo("agreement.rule.weaker.DURATION");

        JsonNode accepted = created(slm.post("/api/agreements", ola("OLA-FAST", "PT1H")));
        assertThat(accepted.get("needsRevision").asBoolean()).isFalse();
        assertThat(accepted.get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void ucWithLowerAvailabilityThanItUnderpinsIsRefused() {
        String uc = """
                {"type":"UC","code":"%s","name":"Provider 1 contract","calendar":"24x7","provider":"PROV-1",
                 "targets":[{"code":"UP","metric":"AVAILABILITY","percent":%s,"underpins":[{"agreement":"CORP","target":"AVAIL"}]}]}""";
        Api.Response lower = slm.post("/api/agreements", uc.formatted("UC-LOW", "98.5"));
        assertThat(lower.status()).isEqualTo(422);
        assertThat(lower.json().get("detail").asString()).contains("UC-LOW/UP").contains("CORP/AVAIL");
        assertThat(slm.post("/api/agreements", uc.formatted("UC-HIGH", "99.5")).status()).isEqualTo(201);
    }

    @Test
    void changingAnSlaTargetFlagsItsUnderpinningOlaUntilItIsRevised() {
        created(slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-C","name":"Customer B SLA","calendar":"cn-standard","parent":"CORP",
                 "customer":"CUST-T","targets":[{"code":"RES-P1","metric":"RESOLUTION","priority":"P1","duration":"PT4H"}]}"""));
        created(slm.post("/api/agreements", ola("OLA-T", "PT4H").replace("SLA-A", "SLA-C")));

        Api.Response changed = slm.put("/api/agreements/SLA-C/targets/RES-P1", slm.versioned("/api/agreements/SLA-C", "{\"duration\":\"PT2H\"}"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        JsonNode ola = slm.get("/api/agreements/OLA-T").json();
        assertThat(ola.get("needsRevision").asBoolean()).isTrue();
        assertThat(ola.get("revisionReasons").get(0).asString()).as("read out, not coded").contains("OLA-T").contains("SLA-C")
                .doesNotContain("PT4H");
        assertThat(slm.get("/api/agreements/tasks").rows()).anySatisfy(task -> {
            assertThat(task.get("agreement").asString()).isEqualTo("OLA-T");
            assertThat(task.get("reason").asString()).isEqualTo("agreement.task.revise");
        });

        Api.Response stillWeak = slm.put("/api/agreements/OLA-T/targets/T1", slm.versioned("/api/agreements/OLA-T", "{\"duration\":\"PT3H\"}"));
        assertThat(stillWeak.status()).isEqualTo(422);
        assertThat(slm.put("/api/agreements/OLA-T/targets/T1", slm.versioned("/api/agreements/OLA-T", "{\"duration\":\"PT2H\"}")).status()).isEqualTo(200);
        assertThat(slm.get("/api/agreements/OLA-T").json().get("needsRevision").asBoolean()).isFalse();
        assertThat(slm.get("/api/agreements/tasks").body()).doesNotContain("\"OLA-T\"");
    }

    @Test
    void effectiveTargetComesFromTheMostSpecificSlaInForceOrWhatItInherits() {
        String query = "/api/agreements/effective-target?customer=CUST-T&service=EMAIL&priority=P1&metric=";
        JsonNode beforePublishing = slm.get(query + "RESOLUTION").json();
        assertThat(beforePublishing.get("agreement").asString()).as("drafts are not in force: the demo corporate SLA applies")
                .isEqualTo("CORP-SLA");

        for (String code : new String[] {"CORP", "SLA-A"}) {
            for (String step : new String[] {"submit", "approve", "publish"}) {
                assertThat(slm.post("/api/agreements/" + code + "/" + step, "").status()).isEqualTo(200);
            }
        }
        JsonNode own = slm.get(query + "RESOLUTION").json();
        assertThat(own.get("agreement").asString()).isEqualTo("SLA-A");
        assertThat(own.get("target").asString()).isEqualTo("RES-P1");
        assertThat(own.get("metric").asString()).isEqualTo("RESOLUTION");
        assertThat(own.get("duration").asString()).isEqualTo("PT4H");
        assertThat(own.get("calendar").asString()).isEqualTo("cn-standard");

        JsonNode inherited = slm.get(query + "AVAILABILITY").json();
        assertThat(inherited.get("agreement").asString()).isEqualTo("CORP");
        assertThat(inherited.get("appliedAgreement").asString()).isEqualTo("SLA-A");
        assertThat(inherited.get("percent").decimalValue()).isEqualByComparingTo("99.0");
        assertThat(inherited.get("inherited").asBoolean()).isTrue();

        JsonNode demo = slm.get("/api/agreements/effective-target?customer=CUST-A&service=EMAIL&priority=P1&metric=RESOLUTION").json();
        assertThat(demo.get("agreement").asString()).as("the demo service-level SLA").isEqualTo("SLA-A-EMAIL");
        assertThat(demo.get("duration").asString()).isEqualTo("PT2H");

        Api.Response unknown = slm.get("/api/agreements/effective-target?customer=NOPE&service=EMAIL&priority=P1&metric=RESOLUTION");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(slm.get("/api/agreements/effective-target?customer=CUST-T&service=NOPE&priority=P1&metric=RESOLUTION").status())
                .isEqualTo(404);
        assertThat(slm.get(query + "FAILURE_COUNT").status()).as("no SLA sets it").isEqualTo(404);
        assertThat(Api.as(port, "customer2").get(query + "RESOLUTION").status()).as("not Customer B's").isEqualTo(404);
    }

    @Test
    void aCustomersOwnGuidelineGivesThePriorityAndTheCorporateOneTheCellsItLacks(@Autowired PriorityMatrices priorities,
            @Autowired Clock clock) {
        LocalDate today = LocalDate.now(clock);
        assertThat(priorities.find("CUST-T", "EMAIL", "MEDIUM", "MEDIUM", today))
                .as("the demo corporate SLA's guideline, for every customer").isEqualTo(new PriorityMatrices.Priority("P3", "CORP-SLA"));
        created(slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-T-PRIO","name":"Test customer guideline","calendar":"cn-standard",
                 "parent":"CORP-SLA","customer":"CUST-T",
                 "priorityMatrix":[{"impact":"MEDIUM","urgency":"MEDIUM","priority":"P2"}]}"""));
        assertThat(priorities.find("CUST-T", "EMAIL", "MEDIUM", "MEDIUM", today).agreement()).as("a draft is not in force")
                .isEqualTo("CORP-SLA");
        for (String step : new String[] {"submit", "approve", "publish"}) {
            Api.Response done = slm.post("/api/agreements/SLA-T-PRIO/" + step, "");
            assertThat(done.status()).as(step + ": " + done.body()).isEqualTo(200);
        }
        assertThat(priorities.find("CUST-T", "EMAIL", "medium", "medium", today))
                .isEqualTo(new PriorityMatrices.Priority("P2", "SLA-T-PRIO"));
        assertThat(priorities.find("CUST-T", "EMAIL", "HIGH", "HIGH", today)).as("a cell it does not set")
                .isEqualTo(new PriorityMatrices.Priority("P1", "CORP-SLA"));
        assertThat(priorities.find("CUST-B", "EMAIL", "MEDIUM", "MEDIUM", today).agreement()).as("another customer's")
                .isNotEqualTo("SLA-T-PRIO");
    }

    @Test
    void timesMayBeWrittenAsPeopleWriteThem() {
        JsonNode created = created(slm.post("/api/agreements", """
                {"type":"SLA","code":"SHORT","name":"Short times","calendar":"cn-standard",
                 "targets":[{"code":"R","metric":"resolution","priority":"P2","duration":"1h 30m"}]}"""));
        assertThat(created.get("document").get("targets").get(0).get("duration").asString()).isEqualTo("PT1H30M");
        assertThat(created.get("document").get("targets").get(0).get("metric").asString()).isEqualTo("RESOLUTION");
    }

    @Test
    void invalidAgreementIsRefusedFieldByField() {
        Api.Response bad = slm.post("/api/agreements", """
                {"type":"OLA","code":"bad one","name":"","calendar":"mars","team":"CUST-A",
                 "targets":[{"code":"T1","metric":"SPEED","duration":"4h"},
                            {"code":"T2","metric":"RESOLUTION","duration":"PT1H","underpins":[{"agreement":"NOPE","target":"X"}]}]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"code\"").contains("\"nameZh\"").contains("\"nameEn\"").contains("\"calendar\"").contains("\"team\"")
                .contains("targets[0].metric").contains("targets[1].underpins[0]");
    }

    @Test
    void onlyAgreementStaffDraftAgreements() {
        String sla = """
                {"type":"SLA","code":"SLA-X","name":"X","calendar":"cn-standard","customer":"CUST-T"}""";
        assertThat(Api.as(port, "agent").post("/api/agreements", sla).status()).isEqualTo(403);
        assertThat(Api.as(port, "customer2").post("/api/agreements", sla).status()).isEqualTo(403);
    }

    private static String ola(String code, String duration) {
        return """
                {"type":"OLA","code":"%s","name":"Service desk OLA","calendar":"cn-standard","team":"DESK",
                 "targets":[{"code":"T1","metric":"RESOLUTION","priority":"P1","duration":"%s",
                             "underpins":[{"agreement":"SLA-A","target":"RES-P1"}]}]}""".formatted(code, duration);
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }
}
