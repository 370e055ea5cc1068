package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.login;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.switchLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agreement form keeps what it does not change (issue 10): editing one target of SLA-CUST-A changes that
 * target and nothing else of the stored document; an agreement entered through the form reads back as entered;
 * publishing and terminating ask first; and the agreement pages keep their buttons on one line at 1024 px.
 */
@ServalTest
class AgreementEditRoundTripE2ETest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void changingOneTargetInTheFormChangesOnlyThatTarget() {
        Api slm = Api.as(port, "slm");
        ObjectNode full = everyFieldFilledIn(slm.get("/api/agreements/SLA-CUST-A").json());
        Api.Response enriched = slm.put("/api/agreements/SLA-CUST-A", full.toString());
        assertThat(enriched.status()).as(enriched.body()).isEqualTo(200);
        JsonNode before = slm.get("/api/agreements/SLA-CUST-A").json().get("document");

        Page page = browser.page();
        login(page, "slm");
        page.navigate("/agreements/SLA-CUST-A");
        page.locator("#edit-agreement").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/SLA-CUST-A/edit$"));
        Locator resolution = page.locator("#targets tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("[name$='.code'][value='RES-P1']")));
        assertThat(resolution.locator("[name$='.value']")).hasValue("PT4H");
        resolution.locator("[name$='.value']").fill("3h");
        screenshot(page, "agreement-edit-round-trip-en");
        page.locator("#save-agreement").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/SLA-CUST-A$"));
        assertThat(page.locator(".alert-success")).isVisible();

        ObjectNode after = (ObjectNode) slm.get("/api/agreements/SLA-CUST-A").json().get("document");
        ObjectNode changed = (ObjectNode) target(after, "RES-P1");
        assertThat(changed.get("duration").asString()).isEqualTo("PT3H");
        changed.put("duration", "PT4H");
        after.remove("version"); // the agreement's lock version, not content
        ((ObjectNode) before).remove("version");
        assertThat(after).as("everything but that one duration is as it was").isEqualTo(before);
    }

    @Test
    void anAgreementEnteredThroughTheFormReadsBackAsEntered() {
        Page page = browser.page();
        login(page, "slm");
        page.navigate("/agreements/new?type=SLA");
        page.locator("#code").fill("E2E-FORM");
        page.locator("#nameZh").fill("E2E 表单协议");
        page.locator("#nameEn").fill("E2E form SLA");
        page.locator("#party").selectOption("CUST-A");
        page.locator("input[name=services][value=EMAIL]").check();
        page.locator("#validFrom").fill("2026-02-01");
        Locator targets = page.locator("#targets tbody tr");
        AgreementJourneyE2ETest.setTarget(targets.nth(0), "RES-P1", "RESOLUTION", "P1", "4h 30m", null);
        page.locator("#add-target").click();
        AgreementJourneyE2ETest.setTarget(targets.nth(1), "AVAIL", "AVAILABILITY", "", "99.5", null);
        targets.nth(0).locator("input[name$='.pauseWhen'][value=PENDING_SUPPLIER]").check();
        Locator escalations = page.locator("#escalations tbody tr");
        escalations.nth(0).locator("select[name$='.recipients']").selectOption(new String[] {"ASSIGNEE", "CUSTOMER"});
        escalations.nth(0).locator("select[name$='.metric']").selectOption("RESOLUTION");
        escalations.nth(0).locator("input[name$='.quietHours']").check();
        page.locator("#add-penalty").click();
        Locator penalty = page.locator("#penalties tbody tr").nth(0);
        penalty.locator("[name$='.code']").fill("LATE");
        penalty.locator("[name$='.trigger']").selectOption("TARGET_BREACH");
        penalty.locator("[name$='.metric']").selectOption("RESOLUTION");
        penalty.locator("[name$='.fixedAmount']").fill("300");
        penalty.locator("[name$='.capPercentOfFee']").fill("8");
        penalty.locator("[name$='.description']").fill("每次超时 each late resolution");
        page.locator("#add-warning-rule").click();
        Locator rule = page.locator("#warning-rules tbody tr").nth(0);
        rule.locator("[name$='.code']").fill("W1");
        rule.locator("[name$='.level']").selectOption("WARNING");
        rule.locator("[name$='.complaintsAtLeast']").fill("3");
        rule.locator("[name$='.period']").selectOption("QUARTER");
        page.locator("#monthlyFee").fill("12000.50");
        page.locator("#complaintProcedure").fill("先致电服务台\nthen write to the manager");
        page.locator("#add-outage").click();
        Locator outage = page.locator("#planned-outages tbody tr").nth(0);
        outage.locator("[name$='.from']").fill("2026-12-12T22:00");
        outage.locator("[name$='.to']").fill("2026-12-13T02:00");
        outage.locator("[name$='.description']").fill("core switch");
        page.locator("#add-signatory").click();
        Locator signatory = page.locator("#signatories tbody tr").nth(0);
        signatory.locator("[name$='.name']").fill("李伟");
        signatory.locator("[name$='.role']").fill("CIO");
        signatory.locator("[name$='.signedOn']").fill("2026-01-20");
        screenshot(page, "agreement-form-every-section-en");
        page.locator("#save-agreement").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/E2E-FORM$"));
        assertThat(page.locator("#targets tbody tr").filter(new Locator.FilterOptions().setHasText("RES-P1"))
                .locator(".target-pauses")).hasText("pending supplier");
        assertThat(page.locator("#escalations li").first())
                .hasText("75 % of a resolution target → Assignee, Customer (non-urgent notices wait for working hours)");
        assertThat(page.locator("#escalations li").nth(1)).containsText("100 % of any target →");

        JsonNode d = Api.as(port, "slm").get("/api/agreements/E2E-FORM").json().get("document");
        assertThat(d.get("name").asString()).isEqualTo("E2E form SLA");
        assertThat(d.get("nameZh").asString()).isEqualTo("E2E 表单协议");
        assertThat(d.get("nameEn").asString()).isEqualTo("E2E form SLA");
        assertThat(d.get("customer").asString()).isEqualTo("CUST-A");
        assertThat(d.get("services").toString()).isEqualTo("[\"EMAIL\"]");
        assertThat(d.get("validFrom").asString()).isEqualTo("2026-02-01");
        assertThat(target(d, "RES-P1").get("duration").asString()).isEqualTo("PT4H30M");
        assertThat(target(d, "AVAIL").get("percent").decimalValue()).isEqualByComparingTo("99.5");
        assertThat(d.get("priorityMatrix").size()).isEqualTo(9);
        assertThat(target(d, "RES-P1").get("pauseWhen").toString()).isEqualTo("[\"PENDING_SUPPLIER\"]");
        assertThat(target(d, "AVAIL").get("pauseWhen").toString()).isEqualTo("[]");
        JsonNode escalation = d.get("escalations").get(0);
        assertThat(escalation.get("recipients").toString()).isEqualTo("[\"ASSIGNEE\",\"CUSTOMER\"]");
        assertThat(escalation.get("metric").asString()).isEqualTo("RESOLUTION");
        assertThat(escalation.get("quietHours").asBoolean()).isTrue();
        assertThat(d.get("escalations").get(1).path("metric").asString("-")).as("the second row: every metric").isEqualTo("-");
        assertThat(d.get("escalations").get(1).get("quietHours").asBoolean()).isFalse();
        JsonNode late = d.get("penalties").get(0);
        assertThat(List.of(late.get("code").asString(), late.get("trigger").asString(), late.get("metric").asString(),
                late.get("description").asString())).containsExactly("LATE", "TARGET_BREACH", "RESOLUTION", "每次超时 each late resolution");
        assertThat(late.get("fixedAmount").decimalValue()).isEqualByComparingTo("300");
        assertThat(late.get("capPercentOfFee").decimalValue()).isEqualByComparingTo("8");
        assertThat(d.get("warningRules").get(0).get("period").asString()).isEqualTo("QUARTER");
        assertThat(d.get("warningRules").get(0).get("complaintsAtLeast").asInt()).isEqualTo(3);
        assertThat(d.get("monthlyFee").decimalValue()).isEqualByComparingTo("12000.50");
        assertThat(d.get("complaintProcedure").asString()).isEqualTo("先致电服务台\nthen write to the manager");
        assertThat(d.get("plannedOutages").get(0).get("from").asString()).isEqualTo("2026-12-12T22:00");
        assertThat(d.get("signatories").get(0).get("name").asString()).isEqualTo("李伟");
        assertThat(d.get("signatories").get(0).get("signedOn").asString()).isEqualTo("2026-01-20");

        // opened again and saved unchanged, nothing changes
        page.locator("#edit-agreement").click();
        page.locator("#save-agreement").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/E2E-FORM$"));
        assertThat(Api.as(port, "slm").get("/api/agreements/E2E-FORM").json().get("document")).isEqualTo(d);
    }

    @Test
    void publishingAndTerminatingAskFirst() {
        Api slm = Api.as(port, "slm");
        assertThat(slm.post("/api/agreements", """
                {"type":"SLA","code":"E2E-ASK","name":"Asks first","calendar":"24x7","customer":"CUST-B",
                 "targets":[{"code":"UP","metric":"AVAILABILITY","percent":99.0}]}""").status()).isEqualTo(201);
        slm.post("/api/agreements/E2E-ASK/submit", "");
        slm.post("/api/agreements/E2E-ASK/approve", "");
        Page page = browser.page();
        login(page, "slm");
        page.navigate("/agreements/E2E-ASK");

        page.locator("#publish-agreement").click();
        Locator dialog = page.locator("#publish-dialog");
        assertThat(dialog).isVisible();
        assertThat(dialog).containsText("Version 1 goes in force");
        screenshot(page, "agreement-publish-confirm-en");
        dialog.locator("[data-bs-dismiss=modal]").last().click();
        assertThat(dialog).isHidden();
        assertThat(page.locator("#agreement-status")).hasText("Approved");

        page.locator("#publish-agreement").click();
        page.locator("#confirm-publish").click();
        assertThat(page.locator("#agreement-status")).hasText("Published");

        page.locator("#terminate-agreement").click();
        assertThat(page.locator("#terminate-dialog")).isVisible();
        page.locator("#confirm-terminate").click();
        assertThat(page.locator("#terminate-dialog")).isVisible(); // a reason is required
        assertThat(page.locator("#agreement-status")).hasText("Published");
        page.locator("#terminate-reason").fill("E2E contract ended");
        screenshot(page, "agreement-terminate-confirm-en");
        page.locator("#confirm-terminate").click();
        assertThat(page.locator("#agreement-status")).hasText("Terminated");
    }

    @Test
    void agreementPagesKeepEveryButtonOnOneLineAt1024Pixels() {
        Api slm = Api.as(port, "slm");
        slm.patch("/api/agreements/SLA-CUST-B/targets/RES-P1", slm.versioned("/api/agreements/SLA-CUST-B", "{\"duration\":\"5h\"}"));
        slm.post("/api/agreements/SLA-CUST-B/submit", "");
        Page page = browser.page();
        page.setViewportSize(1024, 800);
        page.setContent("<link rel=stylesheet href='" + browser.baseUrl() + "/webjars/bootstrap/dist/css/bootstrap.min.css'>"
                + "<button class='btn' style='width:5rem'>Submit for review</button>");
        assertThat(wrappedButtons(page)).as("the check sees a button that wraps").containsExactly("Submit for review");
        login(page, "slm");
        for (String language : List.of("en", "zh")) {
            if ("zh".equals(language)) {
                switchLanguage(page, "zh");
            }
            for (String path : List.of("/agreements", "/agreements/SLA-CUST-A", "/agreements/SLA-CUST-B",
                    "/agreements/SLA-CUST-A/edit", "/agreements/new?type=OLA", "/agreements/queue",
                    "/agreements/SLA-CUST-B/diff?from=1&to=2")) {
                page.navigate(path);
                assertThat(wrappedButtons(page)).as(language + " " + path).isEmpty();
                screenshot(page, "agreement-1024-" + language + path.replaceAll("[^A-Za-z0-9]+", "-"));
            }
        }
    }

    /** The labels of visible buttons whose text runs over more than one line. */
    @SuppressWarnings("unchecked")
    private static List<String> wrappedButtons(Page page) {
        return (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('.btn')]
                  .filter(b => b.offsetParent !== null && b.textContent.trim() !== '')
                  .filter(b => {
                    const range = document.createRange();
                    range.selectNodeContents(b);
                    return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1;
                  })
                  .map(b => b.textContent.trim())""");
    }

    /** SLA-CUST-A's document with every field the demo leaves empty filled in. */
    private static ObjectNode everyFieldFilledIn(JsonNode view) {
        ObjectNode d = ((ObjectNode) view.get("document")).deepCopy();
        d.put("version", view.get("version").asLong());
        d.put("validTo", "2027-12-31");
        ArrayNode matrix = d.putArray("priorityMatrix");
        matrix.addObject().put("impact", "HIGH").put("urgency", "HIGH").put("priority", "P1");
        matrix.addObject().put("impact", "MEDIUM").put("urgency", "LOW").put("priority", "P4");
        ObjectNode avail = (ObjectNode) target(d, "AVAIL");
        avail.putArray("warnings").add(60).add(80);
        ObjectNode resolution = (ObjectNode) target(d, "RES-P1");
        resolution.put("category", "network");
        resolution.putArray("pauseWhen").add("PENDING_CUSTOMER").add("PENDING_SUPPLIER");
        ObjectNode penalty = (ObjectNode) d.get("penalties").get(0);
        penalty.put("perStartedHour", 50.5).put("percentOfFee", 1.5);
        d.putArray("warningRules").addObject().put("code", "W1").put("level", "WARNING").put("onTimeRateBelow", 90)
                .put("complaintsAtLeast", 3).put("breachesAtLeast", 2).put("period", "QUARTER");
        ArrayNode escalations = d.putArray("escalations");
        escalations.addObject().put("atPercent", 75).putArray("recipients").add("ASSIGNEE").add("GROUP_LEAD");
        escalations.addObject().put("atPercent", 100).putArray("recipients").add("DUTY_MANAGER");
        escalations.addObject().put("atPercent", 50).put("metric", "RESOLUTION").put("quietHours", true)
                .putArray("recipients").add("ASSIGNEE");
        escalations.addObject().put("atPercent", 75).put("metric", "RESPONSE").putArray("recipients").add("GROUP_LEAD");
        d.put("customerResponsibilities", "指定两名联系人\nName two contacts");
        d.put("complaintProcedure", "致电服务台");
        d.put("financialTerms", "按月支付");
        d.put("exceptions", "不可抗力");
        d.putArray("signatories").addObject().put("name", "王芳").put("role", "CIO").put("organisation", "CUST-A")
                .put("signedOn", "2025-12-20");
        return d;
    }

    private static JsonNode target(JsonNode document, String code) {
        for (JsonNode t : document.get("targets")) {
            if (code.equals(t.get("code").asString())) {
                return t;
            }
        }
        throw new AssertionError("no target " + code);
    }
}
