package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.AgreementJourneyE2ETest.setTarget;
import static io.serval.e2e.Browser.login;
import static io.serval.e2e.Browser.submit;
import static io.serval.e2e.Browser.switchLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The agreement forms save what is typed: a new SLA with every part the form offers, a service review, each step
 * of change control (with its reason where it asks one), and closing a work-queue task. (The edit round trip of
 * an agreement has its own test.)
 */
@ServalTest
class AgreementFormsE2ETest {

    private static final String CODE = "E2E-FULL";
    /** impact/urgency → priority: not the new form's default matrix, and one cell left empty. */
    private static final Map<String, String> MATRIX = Map.of("HIGH/HIGH", "P1", "HIGH/MEDIUM", "P1", "HIGH/LOW", "P2",
            "MEDIUM/HIGH", "P2", "MEDIUM/MEDIUM", "P3", "MEDIUM/LOW", "", "LOW/HIGH", "P3", "LOW/MEDIUM", "P5", "LOW/LOW", "P5");

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void theNewAgreementFormSavesEveryPartOfTheAgreement() {
        Page page = browser.page();
        login(page, "slm");
        page.navigate("/agreements/new?type=SLA");
        page.locator("#code").fill(CODE);
        page.locator("#nameZh").fill("E2E 城区抢修协议");
        page.locator("#nameEn").fill("E2E urban repairs");
        page.locator("#parent").selectOption("SLA-CUST-B");
        page.locator("#level").selectOption("SERVICE");
        page.locator("#party").selectOption("CUST-B");
        page.locator("#calendar").selectOption("24x7");
        page.locator("#validFrom").fill("2026-07-01");
        page.locator("#validTo").fill("2027-06-30");
        page.locator("input[name=services][value=POWER-REPAIR]").check();

        Locator targets = page.locator("#targets tbody tr");
        setTarget(targets.nth(0), "WO-P1", "WORK_ORDER_COMPLETION", "P1", "3h", null);
        targets.nth(0).locator("[name$='.category']").fill("urban");
        targets.nth(0).locator("[name$='.warnings']").fill("60, 80, 95");
        targets.nth(0).locator("select[name$='.calendar']").selectOption("24x7");
        targets.nth(0).locator("input[name$='.pauseWhen'][value=PENDING_CUSTOMER]").check();
        targets.nth(0).locator("input[name$='.pauseWhen'][value=PENDING_SUPPLIER]").check();
        page.locator("#add-target").click();
        setTarget(targets.nth(1), "AVAIL", "AVAILABILITY", "", "99.5", null);
        page.locator("#add-target").click();
        setTarget(targets.nth(2), "FAIL", "FAILURE_COUNT", "", "2/P3M", null);

        MATRIX.forEach((cell, priority) -> page.locator("select[name='matrix[" + cell + "]']").selectOption(priority));
        Locator escalations = page.locator("[data-rows=escalations] tbody tr");
        assertThat(escalations).hasCount(2);              // the usual two, pre-filled: change one, add a third
        escalations.nth(0).locator("[name$='.atPercent']").fill("70");
        escalations.nth(0).locator("[name$='.recipients']").selectOption("GROUP_LEAD");
        page.locator("button[data-add-row=escalations]").click();
        escalations.nth(2).locator("[name$='.atPercent']").fill("150");
        escalations.nth(2).locator("[name$='.recipients']").selectOption(new String[] {"CUSTOMER", "PROVIDER"});
        escalations.nth(2).locator("select[name$='.metric']").selectOption("WORK_ORDER_COMPLETION");
        escalations.nth(2).locator("input[name$='.quietHours']").check();
        page.locator("#add-penalty").click();
        Locator penalty = page.locator("[data-rows=penalties] tbody tr").last();
        penalty.locator("[name$='.code']").fill("LATE");
        penalty.locator("select[name$='.trigger']").selectOption("LATE_WORK_ORDER");
        penalty.locator("[name$='.fixedAmount']").fill("200");
        penalty.locator("[name$='.perStartedHour']").fill("50.5");
        penalty.locator("[name$='.percentOfFee']").fill("1.5");
        penalty.locator("[name$='.capPercentOfFee']").fill("10");
        page.locator("button[data-add-row=warningRules]").click();
        Locator rule = page.locator("[data-rows=warningRules] tbody tr").last();
        rule.locator("[name$='.code']").fill("WARN");
        rule.locator("select[name$='.level']").selectOption("WARNING");
        rule.locator("[name$='.onTimeRateBelow']").fill("90");
        rule.locator("[name$='.complaintsAtLeast']").fill("3");
        rule.locator("[name$='.breachesAtLeast']").fill("5");
        rule.locator("select[name$='.period']").selectOption("QUARTER");

        page.locator("#monthlyFee").fill("12345.67");
        page.locator("#currency").selectOption("CNY");
        page.locator("#customerResponsibilities").fill("客户提供现场联系人 / The customer names a contact on site");
        page.locator("#complaintProcedure").fill("投诉热线 95598 / Complaints hotline 95598");
        page.locator("#workloadLimits").fill("每月 200 单 / 200 orders a month");
        page.locator("#financialTerms").fill("按月结算 / Billed monthly");
        page.locator("#exceptions").fill("不可抗力 / Force majeure");
        page.locator("button[data-add-row=plannedOutages]").click();
        Locator outage = page.locator("[data-rows=plannedOutages] tbody tr").last();
        outage.locator("[name$='.from']").fill("2026-08-01T22:00");
        outage.locator("[name$='.to']").fill("2026-08-02T04:00");
        outage.locator("[name$='.description']").fill("变电站检修 / Substation maintenance");
        page.locator("button[data-add-row=signatories]").click();
        Locator signatory = page.locator("[data-rows=signatories] tbody tr").last();
        signatory.locator("[name$='.name']").fill("陈静 Chen Jing");
        signatory.locator("[name$='.role']").fill("服务级别经理 Service level manager");
        signatory.locator("[name$='.organisation']").fill("SERVAL");
        signatory.locator("[name$='.signedOn']").fill("2026-06-15");
        submit(page, "#save-agreement");

        assertThat(page).hasURL(Pattern.compile(".*/agreements/" + CODE + "$"));
        JsonNode d = Api.as(port, "slm").get("/api/agreements/" + CODE).json().get("document");
        assertThat(texts(d, "type", "code", "nameZh", "nameEn", "parent", "level", "customer", "calendar", "validFrom",
                "validTo", "currency"))
                .containsExactly("SLA", CODE, "E2E 城区抢修协议", "E2E urban repairs", "SLA-CUST-B", "SERVICE", "CUST-B", "24x7",
                        "2026-07-01", "2027-06-30", "CNY");
        assertThat(d.get("services").toString()).isEqualTo("[\"POWER-REPAIR\"]");
        assertThat(d.get("targets").values()).extracting(t -> String.join("|", t.get("code").asString(),
                t.get("metric").asString(), t.path("priority").asString(""), t.path("category").asString(""),
                t.path("duration").asString(""), t.path("percent").asString(""), t.path("count").asString(""),
                t.path("period").asString(""), t.path("calendar").asString(""), t.get("warnings").toString(),
                t.get("pauseWhen").toString()))
                .as("code|metric|priority|category|duration|percent|count|period|calendar|warnings|pauseWhen")
                .containsExactly("WO-P1|WORK_ORDER_COMPLETION|P1|urban|PT3H||||24x7|[60,80,95]|[\"PENDING_CUSTOMER\",\"PENDING_SUPPLIER\"]",
                        "AVAIL|AVAILABILITY||||99.5||||[50,75,90]|[]",
                        "FAIL|FAILURE_COUNT|||||2|P3M||[50,75,90]|[]");
        assertThat(d.get("priorityMatrix").values()).extracting(c -> c.get("impact").asString() + "/"
                + c.get("urgency").asString() + "=" + c.get("priority").asString())
                .containsExactlyInAnyOrder("HIGH/HIGH=P1", "HIGH/MEDIUM=P1", "HIGH/LOW=P2", "MEDIUM/HIGH=P2",
                        "MEDIUM/MEDIUM=P3", "LOW/HIGH=P3", "LOW/MEDIUM=P5", "LOW/LOW=P5");
        assertThat(d.get("escalations").values()).extracting(e -> e.get("atPercent").asInt() + " " + e.path("metric").asString("-")
                + " " + e.get("recipients") + " " + e.get("quietHours").asBoolean())
                .containsExactly("70 - [\"GROUP_LEAD\"] false", "100 - [\"DUTY_MANAGER\",\"SERVICE_LEVEL_MANAGER\"] false",
                        "150 WORK_ORDER_COMPLETION [\"CUSTOMER\",\"PROVIDER\"] true");
        JsonNode clause = d.get("penalties").get(0);
        assertThat(texts(clause, "code", "trigger")).containsExactly("LATE", "LATE_WORK_ORDER");
        assertThat(List.of(clause.get("fixedAmount").decimalValue(), clause.get("perStartedHour").decimalValue(),
                clause.get("percentOfFee").decimalValue(), clause.get("capPercentOfFee").decimalValue()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("200"), new BigDecimal("50.5"), new BigDecimal("1.5"), new BigDecimal("10"));
        JsonNode warning = d.get("warningRules").get(0);
        assertThat(texts(warning, "code", "level", "period")).containsExactly("WARN", "WARNING", "QUARTER");
        assertThat(warning.get("onTimeRateBelow").decimalValue()).isEqualByComparingTo("90");
        assertThat(warning.get("complaintsAtLeast").asInt()).isEqualTo(3);
        assertThat(warning.get("breachesAtLeast").asInt()).isEqualTo(5);
        assertThat(d.get("monthlyFee").decimalValue()).isEqualByComparingTo("12345.67");
        assertThat(texts(d, "customerResponsibilities", "complaintProcedure", "workloadLimits", "financialTerms", "exceptions"))
                .containsExactly("客户提供现场联系人 / The customer names a contact on site", "投诉热线 95598 / Complaints hotline 95598",
                        "每月 200 单 / 200 orders a month", "按月结算 / Billed monthly", "不可抗力 / Force majeure");
        JsonNode planned = d.get("plannedOutages").get(0);
        assertThat(texts(planned, "from", "to", "description"))
                .containsExactly("2026-08-01T22:00", "2026-08-02T04:00", "变电站检修 / Substation maintenance");
        assertThat(texts(d.get("signatories").get(0), "name", "role", "organisation", "signedOn"))
                .containsExactly("陈静 Chen Jing", "服务级别经理 Service level manager", "SERVAL", "2026-06-15");

        // the agreement is named in the reader's language: on its page, in the list, and in the form it is edited in
        assertThat(page.locator("h1")).containsText("E2E urban repairs");
        switchLanguage(page, "zh");
        assertThat(page.locator("h1")).containsText("E2E 城区抢修协议");
        page.navigate("/agreements?q=" + CODE);
        assertThat(page.locator("main table")).containsText("E2E 城区抢修协议");
        page.navigate("/agreements/" + CODE + "/edit");
        assertThat(page.locator("#nameZh")).hasValue("E2E 城区抢修协议");
        assertThat(page.locator("#nameEn")).hasValue("E2E urban repairs");
        switchLanguage(page, "en");
        page.navigate("/agreements?q=" + CODE);
        assertThat(page.locator("main table")).containsText("E2E urban repairs");
    }

    @Test
    void theServiceReviewFormRecordsTheReviewAndMovesTheNextReview() {
        Page page = browser.page();
        login(page, "slm");
        page.navigate("/agreements/SLA-CUST-A");
        page.locator("#review-form [name=heldOn]").fill("2026-03-16");
        page.locator("#review-form [name=kind]").selectOption("ANNUAL");
        page.locator("#review-form [name=minutes]").fill("年度回顾：目标保持不变 / Annual review: targets unchanged");
        submit(page, "#review-form button");

        assertThat(page).hasURL(Pattern.compile(".*/agreements/SLA-CUST-A$"));
        assertThat(page.locator("#reviews li")).containsText(new String[] {"2026-03-16"});
        assertThat(page.locator("#reviews")).containsText("年度回顾：目标保持不变 / Annual review: targets unchanged");
        assertThat(Api.as(port, "slm").get("/api/agreements/SLA-CUST-A").json().get("nextReviewDue").asString())
                .isEqualTo("2027-03-16");
    }

    @Test
    void eachChangeControlFormTakesItsStepAndKeepsItsReason() {
        Api slm = Api.as(port, "slm");
        assertThat(slm.post("/api/agreements", """
                {"type":"SLA","code":"E2E-STEPS","name":"E2E steps","calendar":"cn-standard",
                 "targets":[{"code":"RES-P1","metric":"RESOLUTION","priority":"P1","duration":"PT8H"}]}
                """).status()).isEqualTo(201);
        Page page = browser.page();
        login(page, "slm");
        page.navigate("/agreements/E2E-STEPS");

        submit(page, "#submit-agreement");
        assertThat(page.locator("#agreement-status")).hasText("In review");
        assertThat(status(slm, "E2E-STEPS")).isEqualTo("IN_REVIEW");

        page.locator("#workflow form[action$='/return'] [name=reason]").fill("目标太松 / Targets too loose");
        submit(page, "#workflow form[action$='/return'] button");
        assertThat(page.locator("#agreement-status")).hasText("Draft");
        assertThat(status(slm, "E2E-STEPS")).isEqualTo("DRAFT");
        assertThat(slm.get("/api/agreements/E2E-STEPS/versions").body()).contains("目标太松 / Targets too loose");

        submit(page, "#submit-agreement");
        submit(page, "#approve-agreement");
        assertThat(status(slm, "E2E-STEPS")).isEqualTo("APPROVED");
        page.locator("#publish-agreement").click();                  // both steps ask first
        submit(page, "#confirm-publish");
        assertThat(page.locator("#agreement-status")).hasText("Published");
        assertThat(status(slm, "E2E-STEPS")).isEqualTo("PUBLISHED");

        page.locator("#terminate-agreement").click();
        page.locator("#terminate-reason").fill("合同到期 / Contract ended");
        submit(page, "#confirm-terminate");
        assertThat(page.locator("#agreement-status")).hasText("Terminated");
        assertThat(status(slm, "E2E-STEPS")).isEqualTo("TERMINATED");
        assertThat(slm.get("/api/agreements/E2E-STEPS/versions").body()).contains("合同到期 / Contract ended");
    }

    @Test
    void theDoneFormClosesAWorkQueueTask() {
        Api slm = Api.as(port, "slm");
        assertThat(slm.put("/api/agreements/SLA-CUST-A/targets/RES-P1", slm.versioned("/api/agreements/SLA-CUST-A", "{\"duration\":\"PT2H\"}")).status()).isEqualTo(200);
        JsonNode tasks = slm.get("/api/agreements/tasks").rows();
        assertThat(tasks.size()).as("open tasks after the SLA target changed").isPositive();
        long id = tasks.get(0).get("id").asLong();

        Page page = browser.page();
        login(page, "slm");
        page.navigate("/agreements/queue");
        submit(page, "#tasks form[action$='/queue/" + id + "/done'] button");

        assertThat(page).hasURL(Pattern.compile(".*/agreements/queue$"));
        assertThat(slm.get("/api/agreements/tasks").rows().values()).extracting(t -> t.get("id").asLong()).doesNotContain(id);
    }

    private static String status(Api api, String code) {
        return api.get("/api/agreements/" + code).json().get("status").asString();
    }

    private static List<String> texts(JsonNode node, String... fields) {
        return Arrays.stream(fields).map(f -> node.path(f).asString(null)).toList();
    }
}
