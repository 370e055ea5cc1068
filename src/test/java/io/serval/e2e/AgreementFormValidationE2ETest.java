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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input on the agreement form is answered next to the fields, the form keeps what was typed, nothing is saved. */
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
        page.locator("#name").fill("");
        Locator targets = page.locator("#targets tbody tr");
        setTarget(targets.nth(0), "RES-P1", "RESOLUTION", "P1", "soon", null);
        page.locator("#add-target").click();
        setTarget(targets.nth(1), "AVAIL", "AVAILABILITY", "", "120", null);
        page.locator("#save-agreement").click();

        assertThat(page).hasURL(Pattern.compile(".*/agreements/new$"));
        assertThat(page.locator("h1")).hasText("New SLA");
        assertThat(page.locator("#refusal")).hasCount(0);
        assertThat(page.locator("#name")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#name + .invalid-feedback")).isVisible();
        assertThat(page.locator("#code")).not().hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#code")).hasValue("E2E-BAD");

        assertThat(targets).hasCount(2);
        Locator time = targets.nth(0);
        assertThat(time).containsText("Give the time, e.g. 4h, 30m or PT4H.");
        assertThat(time.locator("[name$='.value']")).hasValue("soon");
        assertThat(time.locator(".is-invalid").first()).isVisible();
        Locator percent = targets.nth(1);
        assertThat(percent).containsText("Give a percentage above 0 and up to 100.");
        assertThat(percent.locator("[name$='.value']")).hasValue("120");
        screenshot(page, "agreement-form-invalid-en");

        switchLanguage(page, "zh");
        assertThat(page.locator("h1")).not().containsText("??");
        page.locator("#code").fill("E2E-BAD");
        setTarget(targets.nth(0), "RES-P1", "RESOLUTION", "P1", "soon", null);
        page.locator("#save-agreement").click();
        assertThat(page.locator("#name")).hasClass(Pattern.compile("is-invalid"));
        assertThat(targets.nth(0).locator(".invalid-feedback")).not().hasText("");
        assertThat(page.locator("main")).not().containsText("Give the time");
        screenshot(page, "agreement-form-invalid-zh");
        switchLanguage(page, "en");

        var saved = Api.as(port, "slm").get("/api/agreements/E2E-BAD");
        assertThat(saved.status()).isEqualTo(404);
    }
}
