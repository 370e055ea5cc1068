package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.login;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.switchLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contract chain of issue 3, built by a service level manager entirely in the browser: a corporate SLA, a
 * customer SLA under it, an OLA that is first refused as weaker and then saved, a UC, a change of the customer
 * SLA that flags the OLA (detail page and work queue), change control up to publishing, what customers see,
 * and the version history with its diff. Every page visited is saved under target/screenshots.
 */
@ServalTest
class AgreementJourneyE2ETest {

    private static final String CORP = "E2E-CORP";
    private static final String SLA = "E2E-SLA-A";
    private static final String OLA = "E2E-OLA-DESK";
    private static final String UC = "E2E-UC-PROV1";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void serviceLevelManagerBuildsTheChainSeesTheRefusalChangesTheSlaAndPublishesIt() {
        Page page = browser.page();
        login(page, "slm");
        page.locator("#nav-agreements").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements$"));
        assertThat(page.locator("#agreements")).containsText("CORP-SLA");
        screenshot(page, "agreement-01-list-en");

        // 1. the corporate SLA: no parent, the whole organisation, resolution P1 in 8 h and 99 % availability
        page.locator("#new-sla").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/new\\?type=SLA$"));
        assertThat(page.locator("h1")).hasText("New SLA");
        page.locator("#code").fill(CORP);
        page.locator("#nameEn").fill("E2E corporate SLA");
        assertThat(page.locator("#party")).hasValue("");
        assertThat(page.locator("#parent")).hasValue("");
        Locator targets = page.locator("#targets tbody tr");
        assertThat(targets).hasCount(1);
        setTarget(targets.nth(0), "RES-P1", "RESOLUTION", "P1", "8h", null);
        page.locator("#add-target").click();
        assertThat(targets).hasCount(2);
        setTarget(targets.nth(1), "AVAIL", "AVAILABILITY", "", "99", null);
        screenshot(page, "agreement-02-corporate-sla-new-en");
        page.locator("#save-agreement").click();

        assertThat(page).hasURL(Pattern.compile(".*/agreements/" + CORP + "$"));
        assertThat(page.locator(".alert-success")).containsText("Saved.");
        assertThat(page.locator("h1")).containsText("E2E corporate SLA");
        assertThat(page.locator("#agreement-status")).hasText("Draft");
        assertThat(page.locator("main")).containsText("Corporate");
        assertThat(targetRow(page, "RES-P1")).containsText("8 h");
        assertThat(targetRow(page, "AVAIL")).containsText("99");
        screenshot(page, "agreement-03-corporate-sla-created-en");

        // 2. the customer SLA under it: Customer A, e-mail, resolution P1 in 4 h (availability inherited)
        page.locator("#nav-agreements").click();
        page.locator("#new-sla").click();
        page.locator("#code").fill(SLA);
        page.locator("#nameEn").fill("E2E Customer A SLA");
        page.locator("#parent").selectOption(CORP);
        page.locator("#party").selectOption("CUST-A");
        page.locator("input[name=services][value=EMAIL]").check();
        setTarget(targets.nth(0), "RES-P1", "RESOLUTION", "P1", "4h", null);
        screenshot(page, "agreement-04-customer-sla-new-en");
        page.locator("#save-agreement").click();

        assertThat(page).hasURL(Pattern.compile(".*/agreements/" + SLA + "$"));
        assertThat(page.locator(".alert-success")).containsText("Saved.");
        assertThat(page.locator("#agreement-facts")).containsText("CUST-A");
        assertThat(page.locator("#agreement-facts")).containsText(CORP);
        assertThat(page.locator("#agreement-facts")).containsText("EMAIL");
        assertThat(targetRow(page, "RES-P1")).containsText("4 h");
        Locator effective = page.locator("#effective-targets");
        Locator ownResolution = effective.locator("tr", new Locator.LocatorOptions().setHasText("Resolution time"));
        assertThat(ownResolution).containsText("4 h");
        assertThat(ownResolution).containsText("own");
        assertThat(effective.locator("tr", new Locator.LocatorOptions().setHasText("99%")))
                .containsText("inherited from " + CORP + "/AVAIL");
        screenshot(page, "agreement-05-customer-sla-created-en");

        // 3. an OLA for the service desk that underpins the customer SLA's target with a weaker time (6 h):
        //    refused, the form stays filled and the reason names both targets (first in Chinese, then in English)
        switchLanguage(page, "zh");
        assertThat(page.locator("#agreement-status")).hasText("草稿");
        screenshot(page, "agreement-06-customer-sla-zh");
        page.locator("#nav-agreements").click();
        page.locator("#new-ola").click();
        fillOla(page, "6h");
        page.locator("#save-agreement").click();
        assertThat(page.locator("#refusal")).isVisible();
        assertThat(page.locator("#refusal")).containsText(OLA + "/RES-P1");
        assertThat(page.locator("#refusal")).containsText(SLA + "/RES-P1");
        screenshot(page, "agreement-07-ola-refused-zh");
        assertThat(agreementStatus(OLA)).isEqualTo(404);

        page.navigate("/agreements/new?type=OLA");
        switchLanguage(page, "en");
        assertThat(page.locator("h1")).hasText("New OLA");
        fillOla(page, "6h");
        page.locator("#save-agreement").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/new$"));
        assertThat(page.locator("h1")).hasText("New OLA");
        Locator refusal = page.locator("#refusal");
        assertThat(refusal).containsText("Refused:");
        assertThat(refusal).containsText("OLA target " + OLA + "/RES-P1 (P1 resolution 6 h) is weaker than SLA target "
                + SLA + "/RES-P1 (P1 resolution 4 h)");
        assertThat(page.locator("#code")).hasValue(OLA);
        assertThat(page.locator("#party")).hasValue("DESK");
        assertThat(targets.nth(0).locator("[name$='.value']")).hasValue("6h");
        assertThat(targets.nth(0).locator("[name$='.underpins']")).hasValue(SLA + "/RES-P1");
        screenshot(page, "agreement-08-ola-refused-en");
        assertThat(agreementStatus(OLA)).isEqualTo(404);

        // ... fixed to 3 h: saved, and the SLA shows it underneath its target
        targets.nth(0).locator("[name$='.value']").fill("3h");
        page.locator("#save-agreement").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/" + OLA + "$"));
        assertThat(page.locator(".alert-success")).containsText("Saved.");
        assertThat(page.locator("#agreement-status")).hasText("Draft");
        assertThat(page.locator("#needs-revision")).hasCount(0);
        assertThat(targetRow(page, "RES-P1")).containsText("3 h");
        assertThat(targetRow(page, "RES-P1")).containsText(SLA + "/RES-P1");
        screenshot(page, "agreement-09-ola-created-en");

        // 4. a UC with Provider 1 that underpins the same target with an equal time (4 h)
        page.locator("#nav-agreements").click();
        page.locator("#new-uc").click();
        assertThat(page.locator("h1")).hasText("New UC");
        page.locator("#code").fill(UC);
        page.locator("#nameEn").fill("E2E Provider 1 contract");
        page.locator("#party").selectOption("PROV-1");
        page.locator("#calendar").selectOption("24x7");
        setTarget(targets.nth(0), "RES-P1", "RESOLUTION", "P1", "4h", SLA + "/RES-P1");
        screenshot(page, "agreement-10-uc-new-en");
        page.locator("#save-agreement").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/" + UC + "$"));
        assertThat(page.locator(".alert-success")).containsText("Saved.");
        assertThat(page.locator("#agreement-facts")).containsText("PROV-1");
        screenshot(page, "agreement-11-uc-created-en");

        page.navigate("/agreements/" + SLA);
        Locator slaTarget = targetRow(page, "RES-P1");
        assertThat(slaTarget).containsText(OLA + "/RES-P1");
        assertThat(slaTarget).containsText(UC + "/RES-P1");
        slaTarget.locator("a", new Locator.LocatorOptions().setHasText(OLA + "/RES-P1")).click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/" + OLA + "$"));
        page.goBack();
        screenshot(page, "agreement-12-customer-sla-underpinned-en");

        // 5. the customer SLA tightens resolution P1 to 2 h: the OLA (3 h) and the UC (4 h) are flagged
        page.locator("#edit-agreement").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/" + SLA + "/edit$"));
        assertThat(page.locator("h1")).hasText("Edit agreement " + SLA);
        assertThat(page.locator("#code")).not().isEditable();
        assertThat(page.locator("#parent")).hasValue(CORP);
        assertThat(page.locator("input[name=services][value=EMAIL]")).isChecked();
        assertThat(targets.nth(0).locator("[name$='.value']")).hasValue("PT4H");
        targets.nth(0).locator("[name$='.value']").fill("2h");
        screenshot(page, "agreement-13-customer-sla-edit-en");
        page.locator("#save-agreement").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/" + SLA + "$"));
        assertThat(page.locator(".alert-success")).containsText("Saved.");
        assertThat(targetRow(page, "RES-P1")).containsText("2 h");
        assertThat(page.locator("#agreement-status")).hasText("Draft"); // a draft is edited in place

        page.navigate("/agreements/" + OLA);
        Locator flagged = page.locator("#needs-revision");
        assertThat(flagged).isVisible();
        assertThat(flagged).containsText("This agreement needs revision:");
        assertThat(flagged).containsText(OLA + " P1 resolution 3 h is now weaker than " + SLA + "'s 2 h");
        screenshot(page, "agreement-14-ola-needs-revision-en");
        switchLanguage(page, "zh");
        assertThat(page.locator("#needs-revision")).isVisible();
        assertThat(page.locator("#needs-revision")).containsText("现弱于 " + SLA + " 的 2 小时");
        screenshot(page, "agreement-15-ola-needs-revision-zh");
        switchLanguage(page, "en");

        page.locator("#nav-agreement-queue").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/queue$"));
        assertThat(page.locator("#needing-revision")).containsText(OLA);
        assertThat(page.locator("#needing-revision")).containsText(UC);
        assertThat(page.locator("#needing-revision")).not().containsText(SLA);
        Locator task = page.locator("#tasks tbody tr", new Page.LocatorOptions().setHasText(OLA));
        assertThat(task).hasCount(1);
        assertThat(task).containsText("Revise OLA/UC");
        assertThat(task).containsText("OLA " + OLA + " needs revision");
        screenshot(page, "agreement-16-queue-en");
        switchLanguage(page, "zh");
        assertThat(page.locator("#needing-revision")).containsText(OLA);
        screenshot(page, "agreement-17-queue-zh");
        switchLanguage(page, "en");

        page.locator("#nav-agreements").click();
        Locator listed = page.locator("#agreements tbody tr", new Page.LocatorOptions().setHasText(OLA));
        assertThat(listed.locator(".badge", new Locator.LocatorOptions().setHasText("needs revision"))).isVisible();
        screenshot(page, "agreement-18-list-flagged-en");

        // 6. change control of the customer SLA: submit, approve, publish. Its parent goes in force first (by API):
        //    a child SLA is only published under a parent that is in force.
        for (String step : new String[] {"submit", "approve", "publish"}) {
            Api.as(port, "slm").post("/api/agreements/" + CORP + "/" + step, "");
        }
        page.locator("#agreements a", new Page.LocatorOptions().setHasText(Pattern.compile("^" + SLA + "$"))).click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/" + SLA + "$"));
        page.locator("#submit-agreement").click();
        assertThat(page.locator(".alert-success")).containsText("Submitted for review");
        assertThat(page.locator("#agreement-status")).hasText("In review");
        assertThat(page.locator("#edit-agreement")).hasCount(0);
        assertThat(page.locator("#submit-agreement")).hasCount(0);
        screenshot(page, "agreement-19-customer-sla-in-review-en");
        page.locator("#approve-agreement").click();
        assertThat(page.locator(".alert-success")).containsText("Approved.");
        assertThat(page.locator("#agreement-status")).hasText("Approved");
        screenshot(page, "agreement-20-customer-sla-approved-en");
        page.locator("#publish-agreement").click();
        page.locator("#confirm-publish").click();
        assertThat(page.locator(".alert-success")).containsText("Published");
        assertThat(page.locator("#agreement-status")).hasText("Published");
        assertThat(page.locator("#agreement-status")).hasClass(Pattern.compile("text-bg-success"));
        assertThat(page.locator("main")).containsText("version 1 (in force: 1)");
        Locator v1 = page.locator("#versions tbody tr").nth(0);
        assertThat(v1).containsText("Published");
        assertThat(v1).containsText("slm");
        screenshot(page, "agreement-21-customer-sla-published-en");
        switchLanguage(page, "zh");
        assertThat(page.locator("#agreement-status")).hasText("已发布");
        screenshot(page, "agreement-22-customer-sla-published-zh");
        switchLanguage(page, "en");

        // 7. Customer A sees its published SLA; Customer B gets "not found"
        Page customer1 = browser.newPage();
        login(customer1, "customer1");
        customer1.locator("#nav-agreements").click();
        assertThat(customer1.locator("#agreements")).containsText(SLA);
        assertThat(customer1.locator("#agreements")).not().containsText(OLA);
        assertThat(customer1.locator("#agreements a", new Page.LocatorOptions().setHasText(CORP))).hasCount(0);
        screenshot(customer1, "agreement-23-customer1-list-en");
        customer1.locator("#agreements a", new Page.LocatorOptions().setHasText(SLA)).click();
        assertThat(customer1.locator("#agreement-status")).hasText("Published");
        assertThat(targetRow(customer1, "RES-P1")).containsText("2 h");
        assertThat(customer1.locator("#submit-agreement")).hasCount(0);
        assertThat(customer1.locator("#edit-agreement")).hasCount(0);
        assertThat(customer1.locator("#needs-revision")).hasCount(0);
        assertThat(customer1.locator("#targets")).not().containsText(OLA);
        assertThat(customer1.locator("#targets thead")).not().containsText("Underpins");
        assertThat(customer1.locator("#agreement-facts")).containsText(CORP);
        assertThat(customer1.locator("#agreement-facts a", new Page.LocatorOptions().setHasText(CORP))).hasCount(0);
        screenshot(customer1, "agreement-24-customer1-detail-en");

        Page customer2 = browser.newPage();
        login(customer2, "customer2");
        customer2.locator("#nav-agreements").click();
        assertThat(customer2.locator("#agreements")).not().containsText(SLA);
        Response other = customer2.navigate("/agreements/" + SLA);
        assertThat(other.status()).isEqualTo(404);
        assertThat(customer2.locator("h1")).hasText("Not found");
        assertThat(customer2.locator("main")).not().containsText("E2E Customer A SLA");
        screenshot(customer2, "agreement-25-customer2-not-found-en");

        // 8. a second edit of the published SLA opens version 2 as a draft; version 1 stays in force
        page.locator("#edit-agreement").click();
        targets.nth(0).locator("[name$='.value']").fill("1h");
        page.locator("#nameEn").fill("E2E Customer A SLA (2027)");
        page.locator("#save-agreement").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/" + SLA + "$"));
        assertThat(page.locator("#agreement-status")).hasText("Draft");
        assertThat(page.locator("main")).containsText("version 2 (in force: 1)");
        Locator versions = page.locator("#versions tbody tr");
        assertThat(versions).hasCount(2);
        assertThat(versions.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*1\\s*Published"))))
                .hasCount(1);
        assertThat(versions.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*2\\s*Draft"))))
                .hasCount(1);
        screenshot(page, "agreement-26-customer-sla-version-2-en");
        switchLanguage(page, "zh");
        assertThat(page.locator("#versions")).isVisible();
        screenshot(page, "agreement-27-customer-sla-version-2-zh");
        switchLanguage(page, "en");

        customer1.reload();
        assertThat(targetRow(customer1, "RES-P1")).containsText("2 h"); // still the version in force
        assertThat(customer1.locator("#versions tbody tr")).hasCount(1);

        page.locator("#versions a", new Page.LocatorOptions().setHasText("changes")).click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/" + SLA + "/diff\\?from=1&to=2$"));
        assertThat(page.locator("h1")).containsText("changes from version 1 to 2");
        Locator duration = page.locator("#diff tbody tr", new Page.LocatorOptions().setHasText("RES-P1"));
        assertThat(duration).hasCount(1);
        assertThat(duration.locator(".diff-before")).hasText("2 h");
        assertThat(duration.locator(".diff-after")).hasText("1 h");
        Locator name = page.locator("#diff tbody tr", new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*English name")));
        assertThat(name.locator(".diff-after")).hasText("E2E Customer A SLA (2027)");
        screenshot(page, "agreement-28-diff-en");
        switchLanguage(page, "zh");
        assertThat(page.locator("#diff .diff-after").first()).isVisible();
        screenshot(page, "agreement-29-diff-zh");
        switchLanguage(page, "en");

        // the API agrees with what the pages showed
        var ola = Api.as(port, "slm").get("/api/agreements/" + OLA).json();
        assertThat(ola.get("needsRevision").asBoolean()).isTrue();
        var sla = Api.as(port, "slm").get("/api/agreements/" + SLA).json();
        assertThat(sla.get("status").asString()).isEqualTo("DRAFT");
    }

    private void fillOla(Page page, String resolution) {
        assertThat(page.locator("label[for=party]")).isVisible();
        page.locator("#code").fill(OLA);
        page.locator("#nameEn").fill("E2E service desk OLA");
        page.locator("#party").selectOption("DESK");
        Locator first = page.locator("#targets tbody tr").nth(0);
        setTarget(first, "RES-P1", "RESOLUTION", "P1", resolution, SLA + "/RES-P1");
    }

    /** Fills a target row of the agreement form; {@code underpins} only exists on OLA and UC forms. */
    static void setTarget(Locator row, String code, String metric, String priority, String value, String underpins) {
        row.locator("[name$='.code']").fill(code);
        row.locator("select[name$='.metric']").selectOption(metric);
        row.locator("select[name$='.priority']").selectOption(priority);
        row.locator("[name$='.value']").fill(value);
        if (underpins != null) {
            row.locator("[name$='.underpins']").fill(underpins);
        }
    }

    /** The row of a target in the detail page's target table. */
    private static Locator targetRow(Page page, String code) {
        return page.locator("#targets tbody tr", new Page.LocatorOptions()
                .setHas(page.locator("td:first-child", new Page.LocatorOptions().setHasText(Pattern.compile("^" + code + "$")))));
    }

    private int agreementStatus(String code) {
        return Api.as(port, "slm").get("/api/agreements/" + code).status();
    }
}
