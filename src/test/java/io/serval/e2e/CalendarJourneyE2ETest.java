package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.login;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.switchLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The calendar journey of a service level manager in a real browser: log in, switch the language, create a
 * calendar with a day and a night shift, fail and then succeed to edit it, use the due-date calculator, and
 * find the change in the audit log. Every page visited is saved under target/screenshots.
 */
@ServalTest
class CalendarJourneyE2ETest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void serviceLevelManagerLogsInSwitchesLanguageAndEditsACalendar() {
        Page page = browser.page();

        // 1. log in through the form; the home page shows the role and the way to the calendars
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        screenshot(page, "journey-01-login-en");
        login(page, "slm");
        assertThat(page.locator("#role-SERVICE_LEVEL_MANAGER")).containsText("Service level manager");
        assertThat(page.locator("#role-AGREEMENT_MAINTAINER")).isVisible();
        assertThat(page.locator("#nav-calendars")).hasText("Calendars");
        screenshot(page, "journey-02-home-en");

        // 2. switch to Chinese through the navbar, look around, and back to English
        switchLanguage(page, "zh");
        assertThat(page.locator("#nav-calendars")).hasText("服务时间");
        assertThat(page.locator("#nav-home")).hasText("首页");
        assertThat(page.locator("#role-SERVICE_LEVEL_MANAGER")).containsText("服务级别经理");
        screenshot(page, "journey-03-home-zh");
        page.locator("#nav-calendars").click();
        assertThat(page.locator("h1")).hasText("服务时间（工作日历）");
        assertThat(page.locator("#calendars")).containsText("cn-standard");
        screenshot(page, "journey-04-calendars-zh");
        page.locator("#new-calendar").click();
        assertThat(page.locator("#add-period")).hasText("添加时段");
        screenshot(page, "journey-05-calendar-new-zh");
        switchLanguage(page, "en");
        assertThat(page).hasURL(Pattern.compile(".*/calendars/new$"));
        assertThat(page.locator("#nav-calendars")).hasText("Calendars");
        assertThat(page.locator("h1")).hasText("New calendar");

        // 3. create a calendar with a day shift and a night shift on Mondays
        page.locator("#nav-calendars").click();
        assertThat(page.locator("#calendars")).containsText("24x7");
        screenshot(page, "journey-06-calendars-en");
        page.locator("#new-calendar").click();
        assertThat(page).hasURL(Pattern.compile(".*/calendars/new$"));
        page.locator("#code").fill("e2e-shifts");
        page.locator("#nameEn").fill("E2E shifts");
        page.locator("#zone").fill("Europe/Berlin");
        page.locator("#description").fill("Day and night shift on Mondays");
        Locator periods = page.locator("#periods tbody tr");
        assertThat(periods).hasCount(5);
        setPeriod(periods.nth(0), "MONDAY", "08:00", "20:00");
        while (periods.count() > 1) {            // the pre-filled Tuesday-Friday rows
            periods.last().locator("[data-remove-row]").click();
        }
        page.locator("#add-period").click();
        assertThat(periods).hasCount(2);
        setPeriod(periods.nth(1), "MONDAY", "20:00", "08:00");
        screenshot(page, "journey-07-calendar-new-filled-en");
        page.locator("#save-calendar").click();

        assertThat(page).hasURL(Pattern.compile(".*/calendars/e2e-shifts$"));
        assertThat(page.locator(".alert-success")).containsText("Saved.");
        assertThat(page.locator("h1")).containsText("E2E shifts");
        Locator monday = page.locator("#week-grid tbody td").nth(0);
        assertThat(monday.locator(".badge")).hasText(new String[] {"08:00–20:00", "20:00–08:00 +1"});
        assertThat(page.locator("#week-grid tbody td").nth(1)).hasText("off");
        screenshot(page, "journey-08-calendar-created-en");
        assertThat(periodsSaved()).isEqualTo(2);

        // 4. edit: an overlapping period is refused next to its row, and nothing is saved
        page.locator("#edit-calendar").click();
        assertThat(page).hasURL(Pattern.compile(".*/calendars/e2e-shifts/edit$"));
        assertThat(page.locator("#code")).not().isEditable();
        assertThat(periods).hasCount(2);
        page.locator("#add-period").click();
        setPeriod(periods.nth(2), "MONDAY", "10:00", "12:00");
        page.locator("#save-calendar").click();

        assertThat(page).hasURL(Pattern.compile(".*/calendars/e2e-shifts/edit$"));
        assertThat(page.locator("h1")).hasText("Edit calendar");
        assertThat(periods).hasCount(3);
        Locator badRow = periods.nth(2);
        assertThat(badRow).containsText("Overlaps another working period.");
        assertThat(badRow.locator(".is-invalid").first()).isVisible();
        assertThat(periods.nth(0).locator(".is-invalid")).hasCount(0);
        assertThat(periods.nth(1)).not().containsText("Overlaps");
        assertThat(badRow.locator("input[type=time]").nth(0)).hasValue("10:00");
        screenshot(page, "journey-09-calendar-overlap-en");
        assertThat(periodsSaved()).isEqualTo(2);

        // ... remove the bad row, add a holiday, and save
        badRow.locator("[data-remove-row]").click();
        assertThat(periods).hasCount(2);
        page.locator("#add-holiday").click();
        Locator holiday = page.locator("#holidays tbody tr").last();
        holiday.locator("input[type=date]").fill("2026-12-24");
        holiday.locator("[name$='.nameEn']").fill("Christmas Eve");
        screenshot(page, "journey-10-calendar-edit-holiday-en");
        page.locator("#save-calendar").click();

        assertThat(page).hasURL(Pattern.compile(".*/calendars/e2e-shifts$"));
        assertThat(page.locator(".alert-success")).containsText("Saved.");
        assertThat(monday.locator(".badge")).hasText(new String[] {"08:00–20:00", "20:00–08:00 +1"});
        assertThat(page.locator("#special-days tbody tr", new Page.LocatorOptions().setHasText("2026-12-24")))
                .containsText("Christmas Eve");
        var saved = Api.as(port, "slm").get("/api/calendars/e2e-shifts");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("periods").size()).isEqualTo(2);
        assertThat(saved.json().get("holidays").toString()).contains("2026-12-24");
        screenshot(page, "journey-11-calendar-saved-en");

        // 5. the due-date calculator (htmx): Monday 07:00 + 14 h runs 08:00-20:00, then 20:00-22:00
        page.locator("#calc-start").fill("2026-03-02T07:00");
        page.locator("#calc-hours").fill("14");
        page.locator("#calc-minutes").fill("0");
        String before = page.url();
        page.locator("#calc-submit").click();
        assertThat(page.locator("#calc-due")).hasText(Pattern.compile("^2026-03-02 22:00:00 \\(Mon\\) \\+01:00$"));
        assertThat(page.locator("#calc-result")).containsText("2026-03-02 08:00:00");
        assertThat(page).hasURL(before);
        screenshot(page, "journey-12-calculator-en");

        switchLanguage(page, "zh");
        assertThat(page.locator("main h2").first()).hasText("每周工作时段");
        page.locator("#calc-start").fill("2026-03-02T07:00");
        page.locator("#calc-submit").click();
        assertThat(page.locator("#calc-result")).containsText("到期时间");
        screenshot(page, "journey-13-calendar-zh");
        switchLanguage(page, "en");

        // 6. the administrator finds both saves, with before and after, in the audit log
        Page admin = browser.newPage();
        login(admin, "admin");
        admin.locator("#nav-audit").click();
        assertThat(admin).hasURL(Pattern.compile(".*/audit$"));
        screenshot(admin, "journey-14-audit-en");
        admin.locator("input[name=key]").fill("e2e-shifts");
        admin.locator("main form button[type=submit]").click();
        Locator entries = admin.locator("#audit-entries > tbody > tr");
        assertThat(entries).hasCount(2);
        Locator update = entries.nth(0);
        assertThat(update).containsText("slm");
        assertThat(update).containsText("Changed");
        assertThat(update.locator(".diff-before").first()).isVisible();
        assertThat(update.locator(".diff-after").first()).isVisible();
        assertThat(update.locator(".diff-after", new Locator.LocatorOptions().setHasText("2026-12-24"))).isVisible();
        assertThat(entries.nth(1)).containsText("Created");
        screenshot(admin, "journey-15-audit-filtered-en");
        switchLanguage(admin, "zh");
        assertThat(admin.locator("h1")).hasText("审计日志");
        screenshot(admin, "journey-16-audit-filtered-zh");
        switchLanguage(admin, "en");
    }

    @Test
    void aCustomerDownloadsTheHolidayFileFromTheCalendarPageInTheirSession() throws IOException {
        Page page = browser.page();
        login(page, "customer1");
        page.navigate("/calendars/cn-standard");
        assertThat(page.locator("#import-form")).hasCount(0);
        Download download = page.waitForDownload(() -> page.locator("#download-holidays").click());
        assertThat(download.failure()).isNull();
        assertThat(download.suggestedFilename()).isEqualTo("cn-standard-holidays.csv");
        String file = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(file).contains("2026-10-01,HOLIDAY,国庆节,National Day,")
                .contains("2026-10-10,WORKDAY,国庆节调休上班,National Day make-up workday,MONDAY");
        assertThat(file).isEqualTo(Api.as(port, "customer1").get("/api/calendars/cn-standard/holidays").body());
    }

    static void setPeriod(Locator row, String day, String start, String end) {
        row.locator("select").selectOption(day);
        row.locator("input[type=time]").nth(0).fill(start);
        row.locator("input[type=time]").nth(1).fill(end);
    }

    private int periodsSaved() {
        var response = Api.as(port, "slm").get("/api/calendars/e2e-shifts");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("periods").size();
    }
}
