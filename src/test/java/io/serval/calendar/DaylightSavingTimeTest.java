package io.serval.calendar;

import static io.serval.calendar.TestCalendars.at;
import static io.serval.calendar.TestCalendars.period;
import static io.serval.calendar.TestCalendars.utc;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Local periods become instants with ZonedDateTime.of (gap: forward, overlap: earlier offset) and working time
 * is real elapsed time. Transitions in 2025: Europe/Berlin Mar 30 / Oct 26, Europe/London Mar 30 / Oct 26,
 * America/New_York Mar 9 / Nov 2, Australia/Sydney Apr 6 (back) / Oct 5 (forward) - all Sundays.
 */
class DaylightSavingTimeTest {

    private static BusinessCalendar saturdayNightShift(ZoneId zone) {
        return BusinessCalendar.of(zone, List.of(period(SATURDAY, "20:00", "08:00")), List.of(), List.of());
    }

    @ParameterizedTest(name = "{0}: Saturday {1} night shift is {2}h")
    @CsvSource({
            "Europe/Berlin,    2025-03-22, 12",
            "Europe/Berlin,    2025-03-29, 11",
            "Europe/Berlin,    2025-10-25, 13",
            "Europe/London,    2025-03-29, 11",
            "Europe/London,    2025-10-25, 13",
            "America/New_York, 2025-03-08, 11",
            "America/New_York, 2025-11-01, 13",
            "America/New_York, 2025-07-05, 12",
            "Australia/Sydney, 2025-04-05, 13",
            "Australia/Sydney, 2025-10-04, 11",
    })
    void overnightShiftLastsRealElapsedHoursAcrossDstChanges(String zoneId, String saturday, int hours) {
        ZoneId zone = ZoneId.of(zoneId);
        BusinessCalendar cal = saturdayNightShift(zone);
        Instant from = at(zone, saturday + "T00:00");
        Instant to = at(zone, saturday + "T00:00").plus(Duration.ofDays(3)); // well past Sunday 08:00
        assertThat(cal.businessDuration(from, to)).isEqualTo(Duration.ofHours(hours));
        // and the due date of exactly that much work is Sunday 08:00 local
        Instant sundayEight = java.time.LocalDate.parse(saturday).plusDays(1).atTime(8, 0).atZone(zone).toInstant();
        assertThat(cal.dueAt(from, Duration.ofHours(hours))).isEqualTo(sundayEight);
    }

    @Test
    void dueDateAfterSpringForwardNightUsesElevenHourShift() {
        ZoneId ny = ZoneId.of("America/New_York");
        BusinessCalendar cal = saturdayNightShift(ny);
        // Sat 2025-03-08 20:00 EST (01:00Z) + 11h = Sun 08:00 EDT (12:00Z)
        assertThat(cal.dueAt(at(ny, "2025-03-08T20:00"), Duration.ofHours(11))).isEqualTo(utc("2025-03-09T12:00"));
        // 12h: the 11h shift plus 1h of the next Saturday's shift, 2025-03-15 21:00 EDT
        assertThat(cal.dueAt(at(ny, "2025-03-08T20:00"), Duration.ofHours(12))).isEqualTo(at(ny, "2025-03-15T21:00"));
    }

    @Test
    void weekdayDueDateAcrossSpringForwardWeekend() {
        ZoneId ny = ZoneId.of("America/New_York");
        BusinessCalendar cal = BusinessCalendar.of(ny, TestCalendars.weekly(TestCalendars.MON_TO_FRI, "09:00", "17:00"),
                List.of(), List.of());
        // Fri 2025-03-07 16:00 EST (21:00Z): 1h Friday, Mon 2025-03-10 09:00 EDT + 1h = 10:00 EDT = 14:00Z
        assertThat(cal.dueAt(at(ny, "2025-03-07T16:00"), Duration.ofHours(2))).isEqualTo(utc("2025-03-10T14:00"));
        assertThat(cal.businessDuration(at(ny, "2025-03-07T00:00"), at(ny, "2025-03-11T00:00"))).isEqualTo(Duration.ofHours(16));
    }

    @Test
    void twentyFourSevenFollowsRealTimeOnDstDays() {
        ZoneId ny = ZoneId.of("America/New_York");
        BusinessCalendar cal = BusinessCalendar.twentyFourSeven(ny);
        // the local day of 2025-03-09 lasts 23h, that of 2025-11-02 25h
        assertThat(cal.businessDuration(at(ny, "2025-03-09T00:00"), at(ny, "2025-03-10T00:00"))).isEqualTo(Duration.ofHours(23));
        assertThat(cal.businessDuration(at(ny, "2025-11-02T00:00"), at(ny, "2025-11-03T00:00"))).isEqualTo(Duration.ofHours(25));
        Instant start = at(ny, "2025-03-08T12:00");
        assertThat(cal.dueAt(start, Duration.ofHours(48))).isEqualTo(start.plus(Duration.ofHours(48)));
        assertThat(cal.businessDuration(at(ny, "2025-01-01T00:00"), at(ny, "2026-01-01T00:00"))).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void periodStartingInTheSpringForwardGapStartsAfterTheGap() {
        ZoneId ny = ZoneId.of("America/New_York");
        BusinessCalendar cal = BusinessCalendar.of(ny, List.of(period(SUNDAY, "02:30", "05:00")), List.of(), List.of());
        // 02:30 does not exist on 2025-03-09: it resolves forward by the 1h gap to 03:30 EDT (07:30Z); 05:00 EDT = 09:00Z
        assertThat(cal.nextWorkingInstant(at(ny, "2025-03-09T00:00"))).isEqualTo(utc("2025-03-09T07:30"));
        assertThat(cal.businessDuration(at(ny, "2025-03-09T00:00"), at(ny, "2025-03-10T00:00")))
                .isEqualTo(Duration.ofMinutes(90));
        // an ordinary Sunday: 2.5h
        assertThat(cal.businessDuration(at(ny, "2025-03-16T00:00"), at(ny, "2025-03-17T00:00")))
                .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void periodStartingInTheFallBackOverlapTakesTheEarlierOffset() {
        ZoneId london = ZoneId.of("Europe/London");
        BusinessCalendar cal = BusinessCalendar.of(london, List.of(period(SUNDAY, "01:00", "03:00")), List.of(), List.of());
        // 2025-10-26: 01:00 happens twice; the earlier is 01:00 BST = 00:00Z. 03:00 GMT = 03:00Z. Real length 3h.
        assertThat(cal.nextWorkingInstant(at(london, "2025-10-25T12:00"))).isEqualTo(utc("2025-10-26T00:00"));
        assertThat(cal.businessDuration(utc("2025-10-25T12:00"), utc("2025-10-27T00:00"))).isEqualTo(Duration.ofHours(3));
        assertThat(cal.isWorkingTime(utc("2025-10-26T01:30"))).isTrue(); // 01:30 GMT, the second 01:30
    }

    @Test
    void sydneyWeekdayCalendarCountsRealHoursAroundAprilChange() {
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        BusinessCalendar cal = BusinessCalendar.of(sydney, TestCalendars.weekly(TestCalendars.MON_TO_FRI, "09:00", "17:00"),
                List.of(), List.of());
        // Fri 2025-04-04 16:00 AEDT (05:00Z) + 2h: 1h Friday, Mon 2025-04-07 10:00 AEST (00:00Z)
        assertThat(cal.dueAt(at(sydney, "2025-04-04T16:00"), Duration.ofHours(2))).isEqualTo(utc("2025-04-07T00:00"));
    }
}
