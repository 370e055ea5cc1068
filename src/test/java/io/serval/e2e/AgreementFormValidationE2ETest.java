package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.AgreementJourneyE2ETest.setTarget;
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

/**
 * Bad input on the agreement form is answered next to the fields it concerns, the form keeps what was typed and
 * nothing is saved; corrected, it saves.
 */
@ServalTest
class AgreementFormValidationE2ETest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void emptyNameAndABadTimeAreShownInlineAndNothingIsSaved() {
        Page page = browser.page();
        login(page, "slm");
        page.navigate("/agreements/new?type=SLA");
        page.locator("#code").fill("E2E-BAD");
        page.locator("#nameZh").fill("");
        page.locator("#nameEn").fill("");
        Locator targets = page.locator("#targets tbody tr");
        setTarget(targets.nth(0), "RES-P1", "RESOLUTION", "P1", "soon", null);
        page.locator("#add-target").click();
        setTarget(targets.nth(1), "AVAIL", "AVAILABILITY", "", "120", null);
        page.locator("#save-agreement").click();

        assertThat(page).hasURL(Pattern.compile(".*/agreements/new$"));
        assertThat(page.locator("h1")).hasText("New SLA");
        assertThat(page.locator("#refusal")).hasCount(0);
        for (String name : List.of("#nameZh", "#nameEn")) {
            assertThat(page.locator(name)).hasClass(Pattern.compile("is-invalid"));
            assertThat(page.locator(name + " + .invalid-feedback")).hasText("Enter the name in Chinese, English or both.");
        }
        assertThat(page.locator("#code")).not().hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#code")).hasValue("E2E-BAD");

        assertThat(targets).hasCount(2);
        Locator time = targets.nth(0);
        assertThat(time).containsText("Give the time, e.g. 4h, 30m or PT4H.");
        assertThat(time.locator("[name$='.value']")).hasValue("soon");
        assertThat(time.locator("[name$='.value']")).hasClass(Pattern.compile("is-invalid"));
        assertThat(time.locator("[name$='.code']")).not().hasClass(Pattern.compile("is-invalid"));
        Locator percent = targets.nth(1);
        assertThat(percent).containsText("Give a percentage above 0 and up to 100.");
        assertThat(percent.locator("[name$='.value']")).hasValue("120");
        assertThat(percent.locator("[name$='.value']")).hasClass(Pattern.compile("is-invalid"));
        screenshot(page, "agreement-form-invalid-en");

        switchLanguage(page, "zh");
        assertThat(page.locator("h1")).not().containsText("??");
        page.locator("#code").fill("E2E-BAD");
        setTarget(targets.nth(0), "RES-P1", "RESOLUTION", "P1", "soon", null);
        page.locator("#save-agreement").click();
        assertThat(page.locator("#nameZh + .invalid-feedback")).hasText("请填写中文名称或英文名称（或两者）。");
        assertThat(targets.nth(0).locator("[name$='.value'] ~ .invalid-feedback").first()).not().hasText("");
        assertThat(page.locator("main")).not().containsText("Give the time");
        screenshot(page, "agreement-form-invalid-zh");
        switchLanguage(page, "en");
        assertThat(Api.as(port, "slm").get("/api/agreements/E2E-BAD").status()).isEqualTo(404);

        // corrected, with a failure-count target per quarter written as count/period: saved, and shown back as written
        page.navigate("/agreements/new?type=SLA");
        page.locator("#code").fill("E2E-GOOD");
        page.locator("#nameZh").fill("E2E 更正后的协议");
        setTarget(targets.nth(0), "RES-P1", "RESOLUTION", "P1", "4h 30m", null);
        page.locator("#add-target").click();
        setTarget(targets.nth(1), "FAIL", "FAILURE_COUNT", "", "2/P3M", null);
        page.locator("#save-agreement").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/E2E-GOOD$"));
        Locator shown = page.locator("#targets tbody tr");
        assertThat(shown.filter(new Locator.FilterOptions().setHasText("RES-P1"))).containsText("4 h 30 min");
        assertThat(shown.filter(new Locator.FilterOptions().setHasText("FAIL"))).containsText("2 / 3 mo");
        screenshot(page, "agreement-form-corrected-en");
        page.locator("#edit-agreement").click();
        assertThat(targets.nth(1).locator("[name$='.value']")).hasValue("2/P3M");
        var good = Api.as(port, "slm").get("/api/agreements/E2E-GOOD").json();
        assertThat(good.get("document").get("targets").get(1).get("period").asString()).isEqualTo("P3M");
    }

    @Test
    void anOlaUnderpinningAnUnknownSlaTargetIsToldSoNextToTheInput() {
        Page page = browser.page();
        login(page, "slm");
        page.navigate("/agreements/new?type=OLA");
        page.locator("#code").fill("E2E-OLA-BAD");
        page.locator("#nameEn").fill("E2E OLA with a bad reference");
        page.locator("#party").selectOption("NETWORK");
        Locator row = page.locator("#targets tbody tr").nth(0);
        setTarget(row, "T1", "RESOLUTION", "P1", "2h", "CORP-SLA/NO-SUCH-TARGET");
        page.locator("#save-agreement").click();

        assertThat(page).hasURL(Pattern.compile(".*/agreements/new$"));
        Locator underpins = row.locator("[name$='.underpins']");
        assertThat(underpins).hasClass(Pattern.compile("is-invalid"));
        assertThat(underpins).hasValue("CORP-SLA/NO-SUCH-TARGET");
        assertThat(row).containsText("SLA CORP-SLA has no target NO-SUCH-TARGET.");
        assertThat(row.locator("[name$='.code']")).not().hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator(".alert-danger")).hasCount(0);
        screenshot(page, "agreement-form-bad-underpins-en");
        assertThat(Api.as(port, "slm").get("/api/agreements/E2E-OLA-BAD").status()).isEqualTo(404);
    }
}
