package io.serval.calendar;

import static io.serval.calendar.TestCalendars.cnStandard;
import static io.serval.calendar.TestCalendars.cnStatutoryFile;
import static io.serval.calendar.TestCalendars.cst;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * cn-standard: Monday-Friday 09:00-18:00 Asia/Shanghai plus calendars/cn-statutory.csv.
 * Every expected value is worked out by hand in the comment next to it.
 */
class ChinaStatutoryCalendarTest {

    private final BusinessCalendar cn = cnStandard();

    // ------------------------------------------------------------------ the data file itself

    @Test
    void csvHasExactlyTheStateCouncilDaysOffFor2024To2026() {
        List<LocalDate> expected = new ArrayList<>();
        // 2024: Jan 1; Feb 10-17; Apr 4-6; May 1-5; Jun 10; Sep 15-17; Oct 1-7
        range(expected, "2024-01-01", "2024-01-01");
        range(expected, "2024-02-10", "2024-02-17");
        range(expected, "2024-04-04", "2024-04-06");
        range(expected, "2024-05-01", "2024-05-05");
        range(expected, "2024-06-10", "2024-06-10");
        range(expected, "2024-09-15", "2024-09-17");
        range(expected, "2024-10-01", "2024-10-07");
        // 2025: Jan 1; Jan 28-Feb 4; Apr 4-6; May 1-5; May 31-Jun 2; Oct 1-8
        range(expected, "2025-01-01", "2025-01-01");
        range(expected, "2025-01-28", "2025-02-04");
        range(expected, "2025-04-04", "2025-04-06");
        range(expected, "2025-05-01", "2025-05-05");
        range(expected, "2025-05-31", "2025-06-02");
        range(expected, "2025-10-01", "2025-10-08");
        // 2026: Jan 1-3; Feb 15-23; Apr 4-6; May 1-5; Jun 19-21; Sep 25-27; Oct 1-7
        range(expected, "2026-01-01", "2026-01-03");
        range(expected, "2026-02-15", "2026-02-23");
        range(expected, "2026-04-04", "2026-04-06");
        range(expected, "2026-05-01", "2026-05-05");
        range(expected, "2026-06-19", "2026-06-21");
        range(expected, "2026-09-25", "2026-09-27");
        range(expected, "2026-10-01", "2026-10-07");

        assertThat(cnStatutoryFile().holidays()).extracting(Holiday::date).containsExactlyElementsOf(expected);
        assertThat(cnStatutoryFile().holidays()).allSatisfy(h -> {
            assertThat(h.nameZh()).matches("\\p{IsHan}+(、\\p{IsHan}+)?");
            assertThat(h.nameEn()).matches("[A-Z][A-Za-z' -]+");
        });
    }

    @Test
    void csvHasExactlyTheStateCouncilMakeUpWorkdaysFor2024To2026AllOnWeekends() {
        List<LocalDate> expected = dates(
                "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12",
                "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
                "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        List<MakeUpWorkday> workdays = cnStatutoryFile().workdays();
        assertThat(workdays).extracting(MakeUpWorkday::date).containsExactlyElementsOf(expected);
        assertThat(workdays).extracting(w -> w.date().getDayOfWeek()).containsOnly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(workdays).extracting(MakeUpWorkday::worksAs).containsOnly(DayOfWeek.MONDAY);
    }

    // ------------------------------------------------------------------ 2025 Spring Festival

    @Test
    void dueDateFromFridayEveningLandsOnMakeUpSunday2025() {
        // Fri 2025-01-24 17:00-18:00 = 1h; Sat Jan 25 off; Sun Jan 26 is a make-up workday: 09:00 + 1h = 10:00
        assertThat(cn.dueAt(cst("2025-01-24T17:00"), Duration.ofHours(2))).isEqualTo(cst("2025-01-26T10:00"));
    }

    @Test
    void dueDateSkipsSpringFestival2025() {
        // Mon 2025-01-27 17:00-18:00 = 1h; Tue Jan 28 .. Tue Feb 4 off (8 days); Wed Feb 5 09:00 + 1h = 10:00
        assertThat(cn.dueAt(cst("2025-01-27T17:00"), Duration.ofHours(2))).isEqualTo(cst("2025-02-05T10:00"));
    }

    @Test
    void dueDateLandsOnMakeUpSaturdayAfterSpringFestival2025() {
        // Fri 2025-02-07 17:00-18:00 = 1h; Sat Feb 8 is a make-up workday: 09:00 + 1h = 10:00
        assertThat(cn.dueAt(cst("2025-02-07T17:00"), Duration.ofHours(2))).isEqualTo(cst("2025-02-08T10:00"));
    }

    @Test
    void elapsedAcrossSpringFestival2025() {
        // Fri Jan 24 9h, Sat Jan 25 0, Sun Jan 26 (make-up) 9h, Mon Jan 27 9h, Jan 28-Feb 4 0,
        // Wed Feb 5 9h, Thu Feb 6 9h, Fri Feb 7 9h = 6 days = 54h
        assertThat(cn.businessDuration(cst("2025-01-24T09:00"), cst("2025-02-07T18:00"))).isEqualTo(Duration.ofHours(54));
        // Mon Jan 27 18:00 -> Wed Feb 5 09:00 is entirely off
        assertThat(cn.businessDuration(cst("2025-01-27T18:00"), cst("2025-02-05T09:00"))).isZero();
    }

    @Test
    void workingTimeAndNextWorkingInstantAroundSpringFestival2025() {
        assertThat(cn.isWorkingTime(cst("2025-01-26T10:00"))).as("make-up Sunday").isTrue();
        assertThat(cn.isWorkingTime(cst("2025-01-29T10:00"))).as("Chinese New Year's Day, a Wednesday").isFalse();
        assertThat(cn.nextWorkingInstant(cst("2025-01-27T18:00"))).isEqualTo(cst("2025-02-05T09:00"));
    }

    // ------------------------------------------------------------------ 2025 National Day / Mid-Autumn

    @Test
    void dueDateLandsOnMakeUpSundaySep28Before2025NationalDay() {
        // Fri 2025-09-26 17:00-18:00 = 1h; Sat Sep 27 off; Sun Sep 28 make-up: 09:00 + 1h
        assertThat(cn.dueAt(cst("2025-09-26T17:00"), Duration.ofHours(2))).isEqualTo(cst("2025-09-28T10:00"));
    }

    @Test
    void dueDateSkipsNationalDayGoldenWeek2025() {
        // Tue 2025-09-30 17:00-18:00 = 1h; Wed Oct 1 .. Wed Oct 8 off; Thu Oct 9 09:00 + 1h
        assertThat(cn.dueAt(cst("2025-09-30T17:00"), Duration.ofHours(2))).isEqualTo(cst("2025-10-09T10:00"));
    }

    @Test
    void dueDateLandsOnMakeUpSaturdayOct11After2025NationalDay() {
        // Fri 2025-10-10 17:00-18:00 = 1h; Sat Oct 11 make-up: 09:00 + 1h
        assertThat(cn.dueAt(cst("2025-10-10T17:00"), Duration.ofHours(2))).isEqualTo(cst("2025-10-11T10:00"));
        // Sat Oct 11 17:00-18:00 = 1h; Sun Oct 12 off; Mon Oct 13 09:00 + 1h
        assertThat(cn.dueAt(cst("2025-10-11T17:00"), Duration.ofHours(2))).isEqualTo(cst("2025-10-13T10:00"));
    }

    @Test
    void elapsedAcrossNationalDay2025() {
        // Fri Sep 26, Sun Sep 28 (make-up), Mon Sep 29, Tue Sep 30, Thu Oct 9, Fri Oct 10, Sat Oct 11 (make-up)
        // = 7 working days x 9h = 63h; Sat Sep 27, Oct 1-8 and Sun Oct 12 are off
        assertThat(cn.businessDuration(cst("2025-09-26T00:00"), cst("2025-10-13T00:00"))).isEqualTo(Duration.ofHours(63));
        assertThat(cn.businessDuration(cst("2025-09-30T18:00"), cst("2025-10-09T09:00"))).isZero();
    }

    // ------------------------------------------------------------------ 2026 New Year and Spring Festival

    @Test
    void dueDateCrossesIntoNewYear2026MakeUpSundayJan4() {
        // Wed 2025-12-31 17:00-18:00 = 1h; Thu Jan 1 - Sat Jan 3 2026 off; Sun Jan 4 make-up: 09:00 + 1h
        assertThat(cn.dueAt(cst("2025-12-31T17:00"), Duration.ofHours(2))).isEqualTo(cst("2026-01-04T10:00"));
        assertThat(cn.nextWorkingInstant(cst("2025-12-31T18:00"))).isEqualTo(cst("2026-01-04T09:00"));
    }

    @Test
    void elapsedAcrossNewYear2026() {
        // Mon Dec 29, Tue Dec 30, Wed Dec 31 2025 and Sun Jan 4 2026 (make-up) = 4 x 9h = 36h
        assertThat(cn.businessDuration(cst("2025-12-29T00:00"), cst("2026-01-05T00:00"))).isEqualTo(Duration.ofHours(36));
    }

    @Test
    void dueDateUsesMakeUpSaturdayFeb14AndSkipsSpringFestival2026() {
        // Fri 2026-02-13 17:00-18:00 = 1h; Sat Feb 14 make-up: 09:00 + 1h
        assertThat(cn.dueAt(cst("2026-02-13T17:00"), Duration.ofHours(2))).isEqualTo(cst("2026-02-14T10:00"));
        // Sat Feb 14 17:00-18:00 = 1h; Sun Feb 15 .. Mon Feb 23 off; Tue Feb 24 09:00 + 1h
        assertThat(cn.dueAt(cst("2026-02-14T17:00"), Duration.ofHours(2))).isEqualTo(cst("2026-02-24T10:00"));
    }

    @Test
    void dueDateLandsOnMakeUpSaturdayFeb28In2026() {
        // Fri 2026-02-27 17:00-18:00 = 1h; Sat Feb 28 make-up: 09:00 + 1h
        assertThat(cn.dueAt(cst("2026-02-27T17:00"), Duration.ofHours(2))).isEqualTo(cst("2026-02-28T10:00"));
    }

    @Test
    void elapsedAcrossSpringFestival2026() {
        // Mon Feb 9 - Fri Feb 13 = 45h; Sat Feb 14 (make-up) 9h; Feb 15-23 off; Tue Feb 24 - Fri Feb 27 = 36h;
        // Sat Feb 28 (make-up) 9h; Sun Mar 1 off. Total 99h
        assertThat(cn.businessDuration(cst("2026-02-09T00:00"), cst("2026-03-02T00:00"))).isEqualTo(Duration.ofHours(99));
    }

    // ------------------------------------------------------------------ whole years

    @Test
    void workingTimeOfWholeYearsMatchesTheOfficialWorkingDayCounts() {
        // 2024: 262 weekdays (leap year starting Monday) - 19 weekday holidays + 8 make-up days = 251 days
        // 2025: 261 weekdays (starts Wednesday) - 18 weekday holidays + 5 make-up days = 248 days
        // 2026: 261 weekdays (starts Thursday) - 19 weekday holidays + 6 make-up days = 248 days
        assertThat(cn.businessDuration(cst("2024-01-01T00:00"), cst("2025-01-01T00:00"))).isEqualTo(Duration.ofHours(251 * 9));
        assertThat(cn.businessDuration(cst("2025-01-01T00:00"), cst("2026-01-01T00:00"))).isEqualTo(Duration.ofHours(248 * 9));
        assertThat(cn.businessDuration(cst("2026-01-01T00:00"), cst("2027-01-01T00:00"))).isEqualTo(Duration.ofHours(248 * 9));
    }

    @Test
    void elapsedOverThreeYearsEqualsTheSumOfTheYears() {
        Duration sum = cn.businessDuration(cst("2024-01-01T00:00"), cst("2025-01-01T00:00"))
                .plus(cn.businessDuration(cst("2025-01-01T00:00"), cst("2026-01-01T00:00")))
                .plus(cn.businessDuration(cst("2026-01-01T00:00"), cst("2027-01-01T00:00")));
        assertThat(cn.businessDuration(cst("2024-01-01T00:00"), cst("2027-01-01T00:00")))
                .isEqualTo(sum)
                .isEqualTo(Duration.ofHours((251 + 248 + 248) * 9));
        assertThat(cn.businessDuration(cst("2027-01-01T00:00"), cst("2024-01-01T00:00"))).isEqualTo(sum.negated());
    }

    @Test
    void dueDateOfThreeYearsOfWorkIsTheLastWorkingSecondOf2026() {
        // 747 working days x 9h from 2024-01-01 ends exactly when Thu 2026-12-31 closes at 18:00
        assertThat(cn.dueAt(cst("2024-01-01T00:00"), Duration.ofHours(747 * 9))).isEqualTo(cst("2026-12-31T18:00"));
        // one more second: Fri 2027-01-01 is an ordinary Friday (the file has no 2027 data yet)
        assertThat(cn.dueAt(cst("2024-01-01T00:00"), Duration.ofHours(747 * 9).plusSeconds(1)))
                .isEqualTo(cst("2027-01-01T09:00:01"));
    }

    private static void range(List<LocalDate> out, String from, String to) {
        LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1)).forEach(out::add);
    }

    private static List<LocalDate> dates(String... dates) {
        return java.util.Arrays.stream(dates).map(LocalDate::parse).collect(Collectors.toList());
    }
}
