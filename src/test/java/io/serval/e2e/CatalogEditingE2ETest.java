package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.login;
import static io.serval.e2e.Browser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.serval.catalog.ServiceCatalog;
import io.serval.catalog.ServiceRequirements;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service catalog edited in a real browser, as the service level manager does it: create and edit a service,
 * create and edit a requirement specification with durations as people write them, publish with a confirmation,
 * and send a form again after it expired.
 */
@ServalTest
class CatalogEditingE2ETest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ServiceCatalog catalog;

    @Autowired
    ServiceRequirements requirements;

    @Test
    void serviceLevelManagerCreatesAndEditsAServiceAndReadsItBack() {
        Page page = browser.page();
        login(page, "slm");
        page.navigate("/catalog");
        page.locator("#new-service").click();
        page.locator("#code").fill("PRINT");
        page.locator("#nameZh").fill("打印服务");
        page.locator("#nameEn").fill("Printing");
        page.locator("#descriptionEn").fill("Print and scan at every office.");
        page.locator("#components tbody input").first().fill("Printers");
        Locator packages = page.locator("#packages tbody tr");
        while (packages.count() > 1) {
            packages.last().locator("[data-remove-row]").click();
        }
        packages.first().locator("input").nth(2).fill("Standard printing");
        page.locator("#save-service").click();

        assertThat(page).hasURL(Pattern.compile(".*/catalog/services/PRINT$"));
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.locator("h1")).containsText("Printing");
        assertThat(page.locator("#service-components")).containsText("Printers");

        page.locator("#edit-service").click();
        page.locator("#nameEn").fill("Printing and scanning");
        page.locator("#save-service").click();
        assertThat(page).hasURL(Pattern.compile(".*/catalog/services/PRINT$"));
        assertThat(page.locator("h1")).containsText("Printing and scanning");
        assertThat(catalog.get("PRINT").nameEn()).isEqualTo("Printing and scanning");
    }

    @Test
    void businessRelationshipManagerWritesARequirementSpecificationInShortDurations() {
        Page page = browser.page();
        login(page, "brm");
        page.navigate("/catalog/requirements");
        page.locator("#new-requirement").click();
        page.locator("#organisation").selectOption("CUST-B");
        page.locator("#service").selectOption("DESKTOP");
        page.locator("#expectations").fill("The office network is always there.");
        page.locator("#responseTime").fill("30m");
        page.locator("#turnaroundTime").fill("1h 30m");
        page.locator("#maxFailureDuration").fill("4 hours");
        page.locator("#save-requirement").click();

        assertThat(page.locator("#maxFailureDuration")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#turnaroundTime")).hasValue("1h 30m");
        page.locator("#maxFailureDuration").fill("4h");
        page.locator("#save-requirement").click();

        assertThat(page).hasURL(Pattern.compile(".*/catalog/requirements/\\d+$"));
        assertThat(page.locator("#requirement-measures")).containsText("30 min");
        assertThat(page.locator("#requirement-measures")).containsText("1 h 30 min");
        page.locator("#edit-requirement").click();
        assertThat(page.locator("#turnaroundTime")).hasValue("1h 30m");
        page.locator("#turnaroundTime").fill("2d");
        page.locator("#save-requirement").click();
        assertThat(page.locator("#requirement-measures")).containsText("2 d");
        page.navigate(page.url() + "?lang=zh-CN");
        assertThat(page.locator("#requirement-measures")).containsText("30 分钟");
        page.navigate(page.url().replace("zh-CN", "en"));
        assertThat(requirements.list("CUST-B", "DESKTOP")).singleElement()
                .satisfies(r -> assertThat(r.turnaroundTime()).isEqualTo("PT48H"));
    }

    @Test
    void publishingAsksFirstAndAnUnchangedCatalogCannotBePublished() {
        Page page = browser.page();
        login(page, "slm");
        page.navigate("/catalog/services/ERP/edit");
        page.locator("#owner").fill("admin");
        page.locator("#save-service").click();
        page.navigate("/catalog/versions");
        int before = catalog.versions().size();

        page.onceDialog(dialog -> dialog.dismiss());
        page.locator("#publish-catalog").click();
        assertThat(page.locator("#publish-catalog")).isVisible();
        assertThat(catalog.versions()).hasSize(before);

        page.onceDialog(dialog -> dialog.accept());
        page.locator("#publish-note").fill("ERP handed to admin");
        page.locator("#publish-catalog").click();
        assertThat(page).hasURL(Pattern.compile(".*/catalog/versions/\\d+/diff$"));
        assertThat(catalog.versions()).hasSize(before + 1);

        page.navigate("/catalog/versions");
        assertThat(page.locator("#publish-nothing")).isVisible();
        assertThat(page.locator("#publish-catalog")).hasCount(0);
        Api.Response refused = Api.as(port, "slm").post("/api/catalog/versions", "{}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("reasons").get(0).get("code").asString()).isEqualTo("catalog.publish.unchanged");
    }

    @Test
    void aFormThatExpiredIsSentAgainWithWhatWasTyped() {
        Page page = browser.page();
        login(page, "slm");
        page.navigate("/catalog/services/NETWORK/edit");
        page.locator("#nameEn").fill("Office network and Wi-Fi");
        Page otherTab = page.context().newPage();     // logging in again elsewhere renews the form token
        login(otherTab, "slm");
        otherTab.close();
        page.locator("#save-service").click();

        assertThat(page.locator("#form-expired h1")).hasText("This form has expired");
        assertThat(page.locator("#kept-input")).containsText("Office network and Wi-Fi");
        screenshot(page, "catalog-form-expired-en");
        page.locator("#resend").click();
        assertThat(page).hasURL(Pattern.compile(".*/catalog/services/NETWORK$"));
        assertThat(page.locator("h1")).containsText("Office network and Wi-Fi");
    }
}
