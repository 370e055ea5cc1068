package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.login;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.submit;
import static io.serval.e2e.Browser.switchLanguage;
import static io.serval.e2e.CalendarJourneyE2ETest.setPeriod;
import static io.serval.support.JsonDiff.assertOnlyChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The calendar forms save what is typed (working periods, holidays and make-up working days with their names),
 * an edit changes only the field edited, and the holiday file form imports its file.
 */
@ServalTest
class CalendarFormsE2ETest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void theNewCalendarFormSavesPeriodsHolidaysAndMakeUpDaysWithTheirNames() {
        Page page = browser.page();
        login(page, "slm");
        page.navigate("/calendars/new");
        page.locator("#code").fill("e2e-plant");
        page.locator("#nameZh").fill("E2E 工厂班次");
        page.locator("#nameEn").fill("E2E plant shifts");
        page.locator("#zone").fill("Asia/Shanghai");
        page.locator("#description").fill("早班与周六上午 / Early shift and Saturday mornings");
        Locator periods = page.locator("#periods tbody tr");
        assertThat(periods).hasCount(5);
        setPeriod(periods.nth(0), "MONDAY", "07:00", "16:00");
        page.locator("#add-period").click();
        setPeriod(periods.nth(5), "SATURDAY", "08:30", "12:00");
        page.locator("#add-holiday").click();
        Locator holiday = page.locator("#holidays tbody tr").last();
        holiday.locator("input[type=date]").fill("2026-10-01");
        holiday.locator("[name$='.nameZh']").fill("国庆节");
        holiday.locator("[name$='.nameEn']").fill("National Day");
        page.locator("#add-workday").click();
        Locator workday = page.locator("#workdays tbody tr").last();
        workday.locator("input[type=date]").fill("2026-10-10");
        workday.locator("select").selectOption("FRIDAY");
        workday.locator("[name$='.nameEn']").fill("Make-up day");
        screenshot(page, "calendar-form-names-en");
        submit(page, "#save-calendar");

        assertThat(page).hasURL(Pattern.compile(".*/calendars/e2e-plant$"));
        JsonNode saved = Api.as(port, "slm").get("/api/calendars/e2e-plant").json();
        assertThat(saved.get("nameZh").asString()).isEqualTo("E2E 工厂班次");
        assertThat(saved.get("nameEn").asString()).isEqualTo("E2E plant shifts");
        assertThat(saved.get("zone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(saved.get("description").asString()).isEqualTo("早班与周六上午 / Early shift and Saturday mornings");
        assertThat(saved.get("periods").values()).extracting(p -> p.get("day").asString() + " "
                + p.get("start").asString() + "-" + p.get("end").asString())
                .containsExactlyInAnyOrder("MONDAY 07:00-16:00", "TUESDAY 09:00-18:00", "WEDNESDAY 09:00-18:00",
                        "THURSDAY 09:00-18:00", "FRIDAY 09:00-18:00", "SATURDAY 08:30-12:00");
        assertThat(days(saved)).containsExactly("holiday 2026-10-01 国庆节/National Day",
                "workday 2026-10-10 FRIDAY null/Make-up day");

        // named in the reader's language on its page and in the list (a day named in English only too)
        assertThat(page.locator("h1")).containsText("E2E plant shifts");
        assertThat(day(page, "2026-10-01")).containsText("National Day");
        switchLanguage(page, "zh");
        assertThat(page.locator("h1")).containsText("E2E 工厂班次");
        assertThat(day(page, "2026-10-01")).containsText("国庆节");
        assertThat(day(page, "2026-10-10")).containsText("Make-up day");
        screenshot(page, "calendar-names-zh");
        page.navigate("/calendars?q=e2e-plant");
        assertThat(page.locator("main table")).containsText("E2E 工厂班次");
        switchLanguage(page, "en");
        assertThat(page.locator("main table")).containsText("E2E plant shifts");
    }

    @Test
    void editingTheDescriptionOfTheChineseCalendarChangesNothingElse() {
        Api slm = Api.as(port, "slm");
        JsonNode before = slm.get("/api/calendars/cn-standard").json();
        assertThat(before.get("holidays").size()).isGreaterThan(10);
        assertThat(before.get("workdays").size()).isGreaterThan(3);

        Page page = browser.page();
        login(page, "slm");
        page.navigate("/calendars/cn-standard/edit");
        page.locator("#description").fill("周一至周五 09:00-18:00 / Monday-Friday 09:00-18:00 (edited)");
        submit(page, "#save-calendar");

        assertThat(page).hasURL(Pattern.compile(".*/calendars/cn-standard$"));
        JsonNode after = slm.get("/api/calendars/cn-standard").json();
        assertOnlyChanged(before, after, "description");
    }

    @Test
    void theHolidayFileFormImportsHolidaysAndMakeUpDaysWithOneOrTwoNames() {
        Api slm = Api.as(port, "slm");
        assertThat(slm.post("/api/calendars", """
                {"code":"e2e-import","name":"E2E import","zone":"Asia/Shanghai",
                 "periods":[{"day":"MONDAY","start":"09:00","end":"18:00"}]}
                """).status()).isEqualTo(201);

        Page page = browser.page();
        login(page, "slm");
        page.navigate("/calendars/e2e-import");
        String file = "2026-12-25,HOLIDAY,圣诞节,Christmas,\n2026-12-27,WORKDAY,补班 Make-up,FRIDAY\n";
        page.locator("#import-form input[type=file]").setInputFiles(
                new FilePayload("days.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)));
        submit(page, "#import-form button[type=submit]");

        assertThat(page).hasURL(Pattern.compile(".*/calendars/e2e-import$"));
        assertThat(page.locator(".alert-success")).isVisible();
        JsonNode saved = slm.get("/api/calendars/e2e-import").json();
        assertThat(days(saved)).containsExactly("holiday 2026-12-25 圣诞节/Christmas",
                "workday 2026-12-27 FRIDAY 补班 Make-up/补班 Make-up");
    }

    /** A calendar's holidays and make-up working days, each as "holiday|workday date [works as] nameZh/nameEn". */
    private static List<String> days(JsonNode calendar) {
        Stream<String> holidays = calendar.get("holidays").values().stream()
                .map(h -> "holiday " + h.get("date").asString() + " " + names(h));
        Stream<String> workdays = calendar.get("workdays").values().stream()
                .map(w -> "workday " + w.get("date").asString() + " " + w.get("worksAs").asString() + " " + names(w));
        return Stream.concat(holidays, workdays).toList();
    }

    private static String names(JsonNode day) {
        return day.get("nameZh").asString(null) + "/" + day.get("nameEn").asString(null);
    }

    /** The row of a special day in the calendar page's list of holidays and make-up days. */
    private static Locator day(Page page, String date) {
        return page.locator("#special-days tbody tr", new Page.LocatorOptions().setHasText(date));
    }
}
