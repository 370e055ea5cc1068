package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.login;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.switchLanguage;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.serval.support.ServalTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The agreement list in a real browser: page through it, sort by a column both ways, filter by type and text
 * keeping the order, find nothing and read so, and a page number past the end shows the last page.
 */
@ServalTest
class AgreementListE2ETest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aServiceLevelManagerPagesSortsAndFiltersTheAgreements() {
        Page page = browser.page();
        login(page, "slm");
        page.navigate("/agreements?size=3");
        Locator pager = page.locator(".list-pager");
        Locator codes = page.locator("#agreements tbody tr td:first-child a");
        assertThat(pager).containsText("Page 1 of 3 (9 in all)");
        assertThat(codes).hasCount(3);

        pager.locator("a[rel=next]").click();
        assertThat(pager).containsText("Page 2 of 3 (9 in all)");
        pager.locator("a[rel=next]").click();
        assertThat(pager).containsText("Page 3 of 3 (9 in all)");
        assertThat(codes).hasCount(3);
        assertThat(pager.locator("a[rel=next]").locator("xpath=..")).hasClass(Pattern.compile(".*disabled.*"));
        screenshot(page, "agreement-list-page-3-en");

        page.locator("#agreements th a[data-sort=code]").click();         // sorting starts again on page 1
        assertThat(pager).containsText("Page 1 of 3");
        assertThat(page.locator("#agreements th[aria-sort=ascending]")).containsText("Code");
        assertThat(codes).hasText(new String[] {"CORP-SLA", "OLA-APP-SUPPORT", "OLA-DESK"});
        page.locator("#agreements th a[data-sort=code]").click();
        assertThat(page.locator("#agreements th[aria-sort=descending]")).containsText("Code");
        assertThat(codes).hasText(new String[] {"UC-PROV-2", "UC-PROV-1", "SLA-CUST-B"});

        page.locator("#agreement-type").selectOption("SLA");
        page.locator("#agreement-q").fill("cust");
        page.locator("#agreement-filter-submit").click();
        // the text is found in codes, names and parties; still by code, descending
        assertThat(codes).hasText(new String[] {"SLA-CUST-B", "SLA-CUST-A", "SLA-A-EMAIL"});
        assertThat(page.locator(".list-pager")).hasCount(0);
        assertThat(page.locator("#agreement-type")).hasValue("SLA");
        screenshot(page, "agreement-list-filtered-en");

        page.locator("#agreement-q").fill("no such agreement");
        page.locator("#agreement-filter-submit").click();
        assertThat(page.locator(".list-empty")).hasText("No agreement matches.");
        assertThat(page.locator("#agreements")).hasCount(0);

        page.navigate("/agreements?size=3&page=1000");
        assertThat(pager).containsText("Page 3 of 3 (9 in all)");

        switchLanguage(page, "zh");
        page.navigate("/agreements?size=3&sort=code&dir=desc");
        assertThat(pager).containsText("第 1 / 3 页（共 9 条）");
        assertThat(page.locator("#agreements th[aria-sort=descending]")).containsText("编码");
        screenshot(page, "agreement-list-zh");
    }
}
