package io.serval.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Bad agreement input through the API is a 400 naming each field (never a 500), a rule is a 422, and a refused
 * change saves nothing: the published demo SLAs keep their one version.
 */
@ServalTest
class AgreementApiInputTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"x\"", "null", "{\"warnings\":\"x\"}", "{\"duraton\":\"PT2H\"}", "{\"code\":\"OTHER\"}"})
    void aTargetChangeThatIsNotAnObjectOfTargetFieldsIsRefusedAndOpensNoDraft(String body) {
        Api slm = Api.as(port, "slm");
        String sent = body.startsWith("{") ? slm.versioned("/api/agreements/SLA-CUST-B", body) : body;
        for (Api.Response refused : List.of(slm.put("/api/agreements/SLA-CUST-B/targets/RES-P1", sent),
                slm.patch("/api/agreements/SLA-CUST-B/targets/RES-P1", sent))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(versionsOf("SLA-CUST-B")).containsExactly("1 PUBLISHED");
    }

    @Test
    void aTargetChangeCarriesTheVersionItWasMadeOn() {
        Api slm = Api.as(port, "slm");
        Api.Response unversioned = slm.patch("/api/agreements/SLA-CUST-B/targets/RES-P1", "{\"duration\":\"3h\"}");
        assertThat(unversioned.status()).isEqualTo(428);
        assertThat(unversioned.contentType()).startsWith("application/problem+json");
        assertThat(fields(slm.patch("/api/agreements/SLA-CUST-B/targets/RES-P1", "{\"duration\":\"3h\",\"version\":\"0\"}")))
                .containsExactly("version");
        long read = slm.get("/api/agreements/SLA-CUST-B").json().get("version").asLong();
        assertThat(slm.patch("/api/agreements/SLA-CUST-B/targets/RES-P1",
                "{\"duration\":\"3h\",\"version\":" + (read + 1) + "}").status()).as("stale").isEqualTo(409);
        assertThat(versionsOf("SLA-CUST-B")).containsExactly("1 PUBLISHED");
        assertThat(slm.patch("/api/agreements/SLA-CUST-B/targets/RES-P1",
                "{\"duration\":\"3h\",\"version\":" + read + "}").status()).isEqualTo(200);
    }

    @Test
    void aTargetChangesProblemsNameTheTargetsOwnFields() {
        Api slm = Api.as(port, "slm");
        assertThat(fields(slm.patch("/api/agreements/SLA-CUST-B/targets/RES-P1", slm.versioned("/api/agreements/SLA-CUST-B", "{\"warnings\":\"x\"}")))).containsExactly("warnings");
        assertThat(fields(slm.patch("/api/agreements/SLA-CUST-B/targets/RES-P1", slm.versioned("/api/agreements/SLA-CUST-B", "{\"warnings\":[50,\"x\"]}"))))
                .containsExactly("warnings[1]");
        assertThat(fields(slm.patch("/api/agreements/SLA-CUST-B/targets/RES-P1", slm.versioned("/api/agreements/SLA-CUST-B", "{\"duration\":\"99999999999999999999h\"}"))))
                .containsExactly("duration");
        assertThat(fields(slm.patch("/api/agreements/SLA-CUST-B/targets/RES-P1", slm.versioned("/api/agreements/SLA-CUST-B", "{\"duration\":\"PT30000H\",\"warnings\":[90,10]}"))))
                .containsExactlyInAnyOrder("duration", "warnings");
        assertThat(versionsOf("SLA-CUST-B")).containsExactly("1 PUBLISHED");
    }

    @Test
    void aTargetChangeThatChangesNothingOrBreaksARuleOpensNoDraftAndARealOneDoes() {
        Api slm = Api.as(port, "slm");
        assertThat(slm.patch("/api/agreements/SLA-CUST-A/targets/RES-P1", slm.versioned("/api/agreements/SLA-CUST-A", "{\"duration\":\"4h\"}")).status())
                .as("the demo's own 4 hours, written another way").isEqualTo(200);
        assertThat(versionsOf("SLA-CUST-A")).containsExactly("1 PUBLISHED");

        Api.Response weaker = slm.patch("/api/agreements/SLA-CUST-A/targets/RES-P1", slm.versioned("/api/agreements/SLA-CUST-A", "{\"duration\":\"PT500H\"}"));
        assertThat(weaker.status()).as("weaker than the corporate SLA: a rule, not bad input").isEqualTo(422);
        assertThat(weaker.json().get("reasons").get(0).get("code").asString()).isEqualTo("agreement.rule.childWeaker");
        assertThat(versionsOf("SLA-CUST-A")).containsExactly("1 PUBLISHED");

        assertThat(slm.patch("/api/agreements/SLA-CUST-A/targets/RES-P1", slm.versioned("/api/agreements/SLA-CUST-A", "{\"duration\":\"3h\"}")).status()).isEqualTo(200);
        assertThat(versionsOf("SLA-CUST-A")).containsExactly("2 DRAFT", "1 PUBLISHED");
    }

    @Test
    void outOfRangeValuesOfANewAgreementAreNamedByPath() {
        Api.Response refused = Api.as(port, "slm").post("/api/agreements", """
                {"type":"SLA","code":"SLA-RANGE","name":"Ranges","calendar":"cn-standard","monthlyFee":1e400,"currency":"USD",
                 "validFrom":"1900-01-01",
                 "targets":[{"code":"R","metric":"RESOLUTION","duration":"99999999999999999999h"},
                            {"code":"F","metric":"FAILURE_COUNT","count":3,"period":"P9999Y"},
                            {"code":"A","metric":"AVAILABILITY","percent":100.5}],
                 "penalties":[{"code":"P","trigger":"TARGET_BREACH","fixedAmount":0.001}],
                 "escalations":[{"atPercent":75,"recipients":["BOSS"]}]}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("monthlyFee", "currency", "validFrom", "targets[0].duration",
                "targets[1].period", "targets[2].percent", "penalties[0].fixedAmount", "escalations[0].recipients");
        assertThat(Api.as(port, "slm").get("/api/agreements/SLA-RANGE").status()).isEqualTo(404);
    }

    @Test
    void aWholeDocumentThatIsNotAnObjectIsRefused() {
        for (String body : List.of("[1,2]", "\"x\"", "null")) {
            Api.Response refused = Api.as(port, "slm").put("/api/agreements/SLA-CUST-B", body);
            assertThat(refused.status()).as(body + " " + refused.body()).isEqualTo(400);
        }
        assertThat(versionsOf("SLA-CUST-B")).containsExactly("1 PUBLISHED");
    }

    @Test
    void anAgreementIsNamedInBothLanguagesAndReadInTheCallersLanguage() {
        Api slm = Api.as(port, "slm");
        assertThat(slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-NAMES","nameZh":"双语协议","nameEn":"Bilingual SLA","calendar":"24x7"}""")
                .status()).isEqualTo(201);

        JsonNode zh = Api.as(port, "slm").inLanguage("zh-CN").get("/api/agreements/SLA-NAMES").json().get("document");
        assertThat(zh.get("name").asString()).isEqualTo("双语协议");
        assertThat(zh.get("nameZh").asString()).isEqualTo("双语协议");
        assertThat(zh.get("nameEn").asString()).isEqualTo("Bilingual SLA");
        JsonNode en = Api.as(port, "slm").inLanguage("en").get("/api/agreements/SLA-NAMES").json();
        assertThat(en.get("document").get("name").asString()).isEqualTo("Bilingual SLA");
        assertThat(Api.as(port, "slm").inLanguage("zh-CN").get("/api/agreements?q=SLA-NAMES").rows().get(0).get("name")
                .asString()).isEqualTo("双语协议");

        // the document read, sent back without its Chinese name: Chinese readers see the English one
        tools.jackson.databind.node.ObjectNode document = (tools.jackson.databind.node.ObjectNode) en.get("document");
        document.putNull("nameZh");
        assertThat(slm.put("/api/agreements/SLA-NAMES", document.toString()).status()).isEqualTo(200);
        assertThat(Api.as(port, "slm").inLanguage("zh-CN").get("/api/agreements?q=SLA-NAMES").rows().get(0).get("name")
                .asString()).isEqualTo("Bilingual SLA");
        assertThat(Api.as(port, "slm").inLanguage("zh-CN").get("/api/agreements/SLA-NAMES").json().get("document")
                .get("name").asString()).isEqualTo("Bilingual SLA");
    }

    @Test
    void anAgreementNeedsANameAndAClientThatSendsOneNameNamesBothLanguages() {
        Api slm = Api.as(port, "slm");
        assertThat(fields(slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-NAMELESS","calendar":"24x7"}"""))).containsExactly("nameZh", "nameEn");
        assertThat(fields(slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-LONG","nameEn":"%s","calendar":"24x7"}""".formatted("x".repeat(201)))))
                .containsExactly("nameEn");

        JsonNode document = slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-ONE-NAME","name":"单名协议 One-name SLA","calendar":"24x7"}""").json().get("document");
        assertThat(document.get("nameZh").asString()).isEqualTo("单名协议 One-name SLA");
        assertThat(document.get("nameEn").asString()).isEqualTo("单名协议 One-name SLA");
    }

    @Test
    void clockRulesGoInAndComeBackAsSetsAndTheirChangeIsInTheVersionDiff() {
        Api slm = Api.as(port, "slm");
        Api.Response created = slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-CLOCK","name":"Clock rules","calendar":"24x7","customer":"CUST-B",
                 "targets":[{"code":"RES","metric":"RESOLUTION","duration":"PT4H","pauseWhen":["pending_supplier","PENDING_CUSTOMER"]},
                            {"code":"RESP","metric":"RESPONSE","duration":"PT30M"}],
                 "escalations":[{"atPercent":50,"metric":"resolution","recipients":["ASSIGNEE"],"quietHours":true},
                                {"atPercent":50,"metric":"RESPONSE","recipients":["GROUP_LEAD"]},
                                {"atPercent":100,"recipients":["DUTY_MANAGER"]}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode read = slm.get("/api/agreements/SLA-CLOCK").json();
        JsonNode document = read.get("document");
        assertThat(document.get("targets").get(0).get("pauseWhen").toString()).isEqualTo("[\"PENDING_CUSTOMER\",\"PENDING_SUPPLIER\"]");
        assertThat(document.get("targets").get(1).get("pauseWhen").toString()).as("the metric's default").isEqualTo("[]");
        List<String> escalations = new ArrayList<>();
        document.get("escalations").forEach(e -> escalations.add(e.get("atPercent").asInt() + " " + e.path("metric").asString("-")
                + " " + e.get("recipients") + " " + e.get("quietHours").asBoolean()));
        assertThat(escalations).containsExactly("50 RESOLUTION [\"ASSIGNEE\"] true", "50 RESPONSE [\"GROUP_LEAD\"] false",
                "100 - [\"DUTY_MANAGER\"] false");

        tools.jackson.databind.node.ObjectNode again = (tools.jackson.databind.node.ObjectNode) document.deepCopy();
        again.put("version", read.get("version").asLong());
        assertThat(slm.put("/api/agreements/SLA-CLOCK", again.toString()).status()).as("sent back as read").isEqualTo(200);
        assertThat(slm.get("/api/agreements/SLA-CLOCK").json().get("document")).isEqualTo(document);

        // in force, a change of the pause rule alone is a new version whose difference names it
        for (String step : List.of("submit", "approve", "publish")) {
            assertThat(slm.post("/api/agreements/SLA-CLOCK/" + step, "").status()).isEqualTo(200);
        }
        Api.Response paused = slm.patch("/api/agreements/SLA-CLOCK/targets/RESP",
                slm.versioned("/api/agreements/SLA-CLOCK", "{\"pauseWhen\":\"PENDING_CUSTOMER\"}"));
        assertThat(paused.status()).as(paused.body()).isEqualTo(200);
        assertThat(versionsOf("SLA-CLOCK")).containsExactly("2 DRAFT", "1 PUBLISHED");
        JsonNode diff = slm.inLanguage("en").get("/api/agreements/SLA-CLOCK/diff?from=1&to=2").json();
        assertThat(diff.get("changes")).singleElement().satisfies(change -> {
            assertThat(change.get("field").asString()).isEqualTo("targets[RESP].pauseWhen");
            assertThat(change.get("label").asString()).isEqualTo("Target RESP: Pauses while");
            assertThat(change.get("afterText").asString()).isEqualTo("pending customer");
        });
    }

    @Test
    void badClockRulesAreNamedByTheirField() {
        Api slm = Api.as(port, "slm");
        Api.Response refused = slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-BAD-CLOCK","name":"Bad clock rules","calendar":"24x7",
                 "targets":[{"code":"RES","metric":"RESOLUTION","duration":"PT4H","pauseWhen":["LUNCH"]},
                            {"code":"UP","metric":"AVAILABILITY","percent":99,"pauseWhen":["PENDING_SUPPLIER"]}],
                 "escalations":[{"atPercent":75,"metric":"AVAILABILITY","recipients":["ASSIGNEE"]},
                                {"atPercent":75,"metric":"RESPONSE","recipients":["ASSIGNEE"]},
                                {"atPercent":75,"metric":"RESPONSE","recipients":["GROUP_LEAD"]}]}""");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused)).containsExactlyInAnyOrder("targets[0].pauseWhen", "targets[1].pauseWhen",
                "escalations[0].metric", "escalations[2].atPercent");
        assertThat(fields(slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-BAD-CLOCK","name":"Bad","calendar":"24x7",
                 "escalations":[{"atPercent":75,"recipients":["ASSIGNEE"],"quietHours":"sometimes"}]}""")))
                .containsExactly("escalations[0].quietHours");
        assertThat(slm.get("/api/agreements/SLA-BAD-CLOCK").status()).isEqualTo(404);

        List<String> versions = versionsOf("SLA-CUST-B");
        assertThat(fields(slm.patch("/api/agreements/SLA-CUST-B/targets/RES-P1",
                slm.versioned("/api/agreements/SLA-CUST-B", "{\"pauseWhen\":[\"LUNCH\"]}")))).containsExactly("pauseWhen");
        assertThat(fields(slm.patch("/api/agreements/SLA-CUST-B/targets/RES-P1",
                slm.versioned("/api/agreements/SLA-CUST-B", "{\"pauseWhen\":{\"phase\":\"PENDING_CUSTOMER\"}}")))).containsExactly("pauseWhen");
        assertThat(versionsOf("SLA-CUST-B")).as("nothing saved").isEqualTo(versions);
    }

    private List<String> versionsOf(String code) {
        List<String> versions = new ArrayList<>();
        Api.as(port, "slm").get("/api/agreements/" + code + "/versions").json()
                .forEach(v -> versions.add(v.get("number").asInt() + " " + v.get("status").asString()));
        return versions;
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        for (JsonNode error : response.json().get("errors")) {
            fields.add(error.get("field").asString());
        }
        return fields;
    }
}
