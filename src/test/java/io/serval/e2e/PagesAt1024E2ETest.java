package io.serval.e2e;

import static io.serval.e2e.Browser.login;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.switchLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.serval.support.ServalTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pages at 1024 px, in Chinese and English: no button breaks its label over two lines and no page scrolls
 * sideways. Every page is saved under target/screenshots (pages-1024-…).
 */
@ServalTest
class PagesAt1024E2ETest {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** Buttons whose label runs over more than one line, and the page's sideways overflow in pixels. */
    private static final String LAYOUT_CHECK = """
            () => {
              const wrapped = [...document.querySelectorAll('.btn, .page-link')].filter(b => b.offsetParent !== null)
                .filter(b => {
                  const s = getComputedStyle(b);
                  const inner = b.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
                  return inner > parseFloat(s.lineHeight) * 1.5;
                }).map(b => (b.id || b.textContent.trim()));
              return { wrapped, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
            }""";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"slm, en", "slm, zh", "admin, en", "admin, zh", "brm, zh", "customer1, en", "customer1, zh", "duty, zh"})
    void pagesFitA1024PixelScreenWithoutWrappedButtons(String username, String language) {
        Page page = browser.page();
        page.setViewportSize(1024, 768);
        login(page, username);
        if (language.equals("zh")) {
            switchLanguage(page, "zh");
        }
        List<String> problems = new ArrayList<>();
        for (String path : pagesOf(username)) {
            page.navigate(path);
            if (path.endsWith("/calendars/cn-standard")) {
                page.locator("#calc-start").fill("2026-12-31T09:00");
                page.locator("#calc-hours").fill("40");
                page.locator("#calc-submit").click();
                page.locator("#calc-due, #calc-error").first().waitFor();
            }
            screenshot(page, "pages-1024-" + username + "-" + language + path.replaceAll("[/?=&]+", "-"));
            @SuppressWarnings("unchecked")
            var layout = (java.util.Map<String, Object>) page.evaluate(LAYOUT_CHECK);
            if (!((List<?>) layout.get("wrapped")).isEmpty() || ((Number) layout.get("overflow")).intValue() > 0) {
                problems.add(path + " " + layout);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> pagesOf(String username) {
        return switch (username) {
            case "customer1" -> List.of("/", "/tickets", "/tickets/new", "/catalog", "/catalog/requirements", "/agreements", "/agreements/SLA-CUST-A",
                    "/calendars/cn-standard");
            case "admin" -> List.of("/", "/tickets", "/tickets/new", "/admin/users", "/organisations", "/audit", "/calendars", "/catalog/versions");
            case "brm" -> List.of("/", "/catalog/requirements", "/catalog/requirements/new");
            case "duty" -> List.of("/tickets", "/desk/duty", "/clocks/near-breach");
            default -> List.of("/", "/catalog", "/catalog/services/EMAIL", "/catalog/services/new", "/catalog/versions",
                    "/catalog/requirements", "/calendars", "/calendars/cn-standard", "/calendars/cn-standard?year=",
                    "/organisations", "/agreements?size=3", "/agreements/queue");
        };
    }
}
