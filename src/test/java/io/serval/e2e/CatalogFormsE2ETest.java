package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.login;
import static io.serval.e2e.Browser.submit;
import static io.serval.support.JsonDiff.assertOnlyChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog forms save what is typed, and an edit changes only the field edited: services with their components
 * and packages, publishing the catalog, and customers' service requirement specifications.
 */
@ServalTest
class CatalogFormsE2ETest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void theNewServiceFormSavesEveryFieldWithComponentsAndPackages() {
        Page page = browser.page();
        login(page, "slm");
        page.navigate("/catalog/services/new");
        page.locator("#code").fill("E2E-PRINT");
        page.locator("#status").selectOption("ACTIVE");
        page.locator("#owner").fill("slm");
        page.locator("#calendar").selectOption("cn-standard");
        page.locator("#nameZh").fill("打印服务");
        page.locator("#nameEn").fill("Printing");
        page.locator("#descriptionZh").fill("在每层楼打印、复印和扫描。");
        page.locator("#descriptionEn").fill("Print, copy and scan on every floor.");
        page.locator("#deliveryNotes").fill("服务台受理 / The service desk takes the call.");
        Locator components = page.locator("#components tbody tr");
        components.nth(0).locator("input").fill("打印机 Printers");
        page.locator("#add-component").click();
        components.nth(1).locator("input").fill("打印服务器 Print server");
        Locator packages = page.locator("#packages tbody tr");
        assertThat(packages).hasCount(3);
        packages.nth(2).locator("[data-remove-row]").click();
        fillPackage(packages.nth(0), "PREMIUM", "金牌服务", "Premium", "24x7", "7×24 上门 / On site around the clock");
        fillPackage(packages.nth(1), "STANDARD", "标准服务", "Standard", "", "工作日上门 / On site on working days");
        submit(page, "#save-service");

        assertThat(page).hasURL(Pattern.compile(".*/catalog/services/E2E-PRINT$"));
        JsonNode saved = Api.as(port, "slm").get("/api/services/E2E-PRINT").json();
        assertThat(saved.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(saved.get("owner").asString()).isEqualTo("slm");
        assertThat(saved.get("calendar").asString()).isEqualTo("cn-standard");
        assertThat(saved.get("nameZh").asString()).isEqualTo("打印服务");
        assertThat(saved.get("nameEn").asString()).isEqualTo("Printing");
        assertThat(saved.get("descriptionZh").asString()).isEqualTo("在每层楼打印、复印和扫描。");
        assertThat(saved.get("descriptionEn").asString()).isEqualTo("Print, copy and scan on every floor.");
        assertThat(saved.get("deliveryNotes").asString()).isEqualTo("服务台受理 / The service desk takes the call.");
        assertThat(saved.get("components").toString()).isEqualTo("[\"打印机 Printers\",\"打印服务器 Print server\"]");
        assertThat(saved.get("packages").values()).extracting(p -> String.join("|", p.get("code").asString(),
                        p.get("nameZh").asString(), p.get("nameEn").asString(), p.get("calendar").asString(),
                        p.get("description").asString()))
                .containsExactly("PREMIUM|金牌服务|Premium|24x7|7×24 上门 / On site around the clock",
                        "STANDARD|标准服务|Standard|cn-standard|工作日上门 / On site on working days");
    }

    @Test
    void editingAServicesDeliveryNotesInTheFormChangesNothingElse() {
        Api slm = Api.as(port, "slm");
        JsonNode before = slm.get("/api/services/EMAIL").json();
        assertThat(before.get("packages").size()).isEqualTo(3);

        Page page = browser.page();
        login(page, "slm");
        page.navigate("/catalog/services/EMAIL/edit");
        page.locator("#deliveryNotes").fill("公司数据中心托管 / Hosted in the company data centre (edited)");
        submit(page, "#save-service");

        assertThat(page).hasURL(Pattern.compile(".*/catalog/services/EMAIL$"));
        assertOnlyChanged(before, slm.get("/api/services/EMAIL").json(), "deliveryNotes");
    }

    @Test
    void thePublishFormPublishesTheChangedCatalogWithItsNote() {
        Api slm = Api.as(port, "slm");
        int latest = slm.get("/api/catalog/versions").rows().get(0).get("number").asInt();
        ObjectNode erp = (ObjectNode) slm.get("/api/services/ERP").json();
        erp.put("deliveryNotes", "月末值守 / Staffed at month-end (changed)");
        assertThat(slm.put("/api/services/ERP", erp.toString()).status()).isEqualTo(200);

        Page page = browser.page();
        login(page, "slm");
        page.navigate("/catalog/versions");
        page.locator("#publish-note").fill("E2E 发布 / E2E release");
        page.onceDialog(dialog -> dialog.accept());                    // publishing asks first
        submit(page, "#publish-catalog");

        assertThat(page).hasURL(Pattern.compile(".*/catalog/versions/" + (latest + 1) + "/diff$"));
        JsonNode published = slm.get("/api/catalog/versions").rows().get(0);
        assertThat(published.get("number").asInt()).isEqualTo(latest + 1);
        assertThat(published.get("note").asString()).isEqualTo("E2E 发布 / E2E release");
        assertThat(slm.get("/api/catalog/versions/" + (latest + 1)).body()).contains("月末值守 / Staffed at month-end (changed)");
    }

    @Test
    void theNewSpecificationFormSavesEveryField() {
        Page page = browser.page();
        login(page, "slm");
        page.navigate("/catalog/requirements/new");
        page.locator("#organisation").selectOption("CUST-A");
        page.locator("#service").selectOption("DESKTOP");
        page.locator("#expectations").fill("新员工入职当天有电脑 / A computer on a new colleague's first day");
        page.locator("#availableTimes").fill("工作日 08:00-18:00 / Working days 08:00-18:00");
        page.locator("#calendar").selectOption("cn-standard");
        page.locator("#continuity").fill("备用电脑 / Spare computers");
        page.locator("#functions").fill("电脑、打印机 / Computers, printers");
        page.locator("#baselines").fill("2024 年每月 30 单 / 30 tickets a month in 2024");
        page.locator("#availabilityPercent").fill("99.5");
        page.locator("#maxFailures").fill("3");
        page.locator("#failurePeriod").fill("P1M");
        page.locator("#meanTimeBetweenFailures").fill("P10D");
        page.locator("#maxFailureDuration").fill("PT8H");
        page.locator("#responseTime").fill("PT30M");
        page.locator("#turnaroundTime").fill("P1D");
        page.locator("#answeringAgreement").fill("SLA-CUST-A");
        submit(page, "#save-requirement");

        assertThat(page).hasURL(Pattern.compile(".*/catalog/requirements/\\d+$"));
        JsonNode saved = Api.as(port, "slm").get("/api/service-requirements?organisation=CUST-A&service=DESKTOP").rows().get(0);
        assertThat(saved.get("expectations").asString()).isEqualTo("新员工入职当天有电脑 / A computer on a new colleague's first day");
        assertThat(saved.get("availableTimes").asString()).isEqualTo("工作日 08:00-18:00 / Working days 08:00-18:00");
        assertThat(saved.get("calendar").asString()).isEqualTo("cn-standard");
        assertThat(saved.get("continuity").asString()).isEqualTo("备用电脑 / Spare computers");
        assertThat(saved.get("functions").asString()).isEqualTo("电脑、打印机 / Computers, printers");
        assertThat(saved.get("baselines").asString()).isEqualTo("2024 年每月 30 单 / 30 tickets a month in 2024");
        assertThat(saved.get("availabilityPercent").decimalValue()).isEqualByComparingTo("99.5");
        assertThat(saved.get("maxFailures").asInt()).isEqualTo(3);
        assertThat(saved.get("failurePeriod").asString()).isEqualTo("P1M");
        assertThat(saved.get("meanTimeBetweenFailures").asString()).isEqualTo("P10D");
        assertThat(saved.get("maxFailureDuration").asString()).isEqualTo("PT8H");
        assertThat(saved.get("responseTime").asString()).isEqualTo("PT30M");
        assertThat(saved.get("turnaroundTime").asString()).isEqualTo("P1D");
        assertThat(saved.get("answeringAgreement").asString()).isEqualTo("SLA-CUST-A");
    }

    @Test
    void editingASpecificationsExpectationsInTheFormChangesNothingElse() {
        Api slm = Api.as(port, "slm");
        JsonNode before = slm.get("/api/service-requirements?organisation=CUST-A&service=EMAIL").rows().get(0);
        long id = before.get("id").asLong();

        Page page = browser.page();
        login(page, "slm");
        page.navigate("/catalog/requirements/" + id + "/edit");
        page.locator("#expectations").fill("员工在任何地点都能收发邮件 / Staff send and receive mail from anywhere (edited)");
        submit(page, "#save-requirement");

        assertThat(page).hasURL(Pattern.compile(".*/catalog/requirements/" + id + "$"));
        assertOnlyChanged(before, slm.get("/api/service-requirements/" + id).json(), "expectations");
    }

    private static void fillPackage(Locator row, String code, String nameZh, String nameEn, String calendar,
            String description) {
        row.locator("[name$='.code']").fill(code);
        row.locator("[name$='.nameZh']").fill(nameZh);
        row.locator("[name$='.nameEn']").fill(nameEn);
        row.locator("select").selectOption(calendar);
        row.locator("textarea").fill(description);
    }
}
