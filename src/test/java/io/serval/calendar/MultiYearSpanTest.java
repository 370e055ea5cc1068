package io.serval.calendar;

import static io.serval.calendar.TestCalendars.MON_TO_FRI;
import static io.serval.calendar.TestCalendars.period;
import static io.serval.calendar.TestCalendars.utc;
import static io.serval.calendar.TestCalendars.weekly;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spans of many years, in both directions, far from the epoch, and the empty-calendar guard. */
class MultiYearSpanTest {

    private final BusinessCalendar eightHours =
            BusinessCalendar.of(ZoneOffset.UTC, weekly(MON_TO_FRI, "09:00", "17:00"), List.of(), List.of());

    private static long weekdaysBetween(LocalDate from, LocalDate toExclusive) {
        return from.datesUntil(toExclusive).filter(d -> MON_TO_FRI.contains(d.getDayOfWeek())).count();
    }

    @Test
    void elapsedOverACenturyEqualsWeekdayCountTimesEightHours() {
        long weekdays = weekdaysBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
        assertThat(eightHours.businessDuration(utc("2000-01-01T00:00"), utc("2100-01-01T00:00")))
                .isEqualTo(Duration.ofHours(8 * weekdays));
    }

    @Test
    void elapsedOverManyYearsEqualsTheSumOfItsYears() {
        Duration sum = Duration.ZERO;
        for (int y = 1990; y < 2030; y++) {
            sum = sum.plus(eightHours.businessDuration(utc(y + "-01-01T00:00"), utc((y + 1) + "-01-01T00:00")));
        }
        assertThat(eightHours.businessDuration(utc("1990-01-01T00:00"), utc("2030-01-01T00:00"))).isEqualTo(sum);
    }

    @Test
    void elapsedWithPartialFirstAndLastYearsMatchesDayCount() {
        // Wed 1969-12-31 12:00 (before the epoch) to Mon 2031-06-02 10:30:
        // 5h on 1969-12-31 + whole weekdays 1970-01-01..2031-05-30 + 1.5h on 2031-06-02
        long whole = weekdaysBetween(LocalDate.of(1970, 1, 1), LocalDate.of(2031, 6, 2));
        Duration expected = Duration.ofHours(5 + 8 * whole).plusMinutes(90);
        assertThat(eightHours.businessDuration(utc("1969-12-31T12:00"), utc("2031-06-02T10:30"))).isEqualTo(expected);
        assertThat(eightHours.businessDuration(utc("2031-06-02T10:30"), utc("1969-12-31T12:00"))).isEqualTo(expected.negated());
    }

    @Test
    void dueDateOverManyYearsIsTheInverseOfElapsed() {
        Instant start = utc("1955-07-13T15:47:11");
        for (Instant end : List.of(utc("1956-01-02T11:00"), utc("1999-12-31T16:59:59"), utc("2077-03-15T09:00:01"))) {
            Duration worked = eightHours.businessDuration(start, end);
            Instant due = eightHours.dueAt(start, worked);
            assertThat(eightHours.businessDuration(start, due)).isEqualTo(worked);
            assertThat(due).isBeforeOrEqualTo(end);
            assertThat(eightHours.businessDuration(start, due.minusSeconds(1))).isEqualTo(worked.minusSeconds(1));
        }
    }

    @Test
    void veryLongSpansInBothDirectionsStayConsistent() {
        Instant a = utc("1601-01-01T00:00");
        Instant b = utc("2401-01-01T00:00");
        // 800 Gregorian years = 2 x 400-year cycles of 146097 days; 146097 days = 20871 weeks exactly
        long weekdays = 2 * 20_871L * 5;
        assertThat(eightHours.businessDuration(a, b)).isEqualTo(Duration.ofHours(8 * weekdays));
        assertThat(eightHours.businessDuration(b, a)).isEqualTo(Duration.ofHours(-8 * weekdays));
        assertThat(eightHours.dueAt(a, Duration.ofHours(8 * weekdays))).isEqualTo(utc("2400-12-29T17:00")); // a Friday
    }

    @Test
    void calendarWithoutAnyWorkingTimeFailsAfterAHundredEmptyYearsInsteadOfLooping() {
        // passes check() (it has a make-up workday) but no weekly period, so the workday has nothing to work
        BusinessCalendar empty = BusinessCalendar.of(ZoneOffset.UTC, List.of(), List.of(),
                List.of(new MakeUpWorkday(LocalDate.parse("2025-03-08"), MONDAY, null, "make-up")));
        Instant start = utc("2025-01-01T00:00");
        assertThatThrownBy(() -> empty.dueAt(start, Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> empty.nextWorkingInstant(start)).isInstanceOf(IllegalStateException.class);
        assertThat(empty.isWorkingTime(start)).isFalse();
        assertThat(empty.businessDuration(start, utc("2125-01-01T00:00"))).isZero();
    }

    @Test
    void sparseCalendarStillFindsWorkAfterManyHolidays() {
        // only Monday 09:00-10:00, and every Monday of 2025 and 2026 is a holiday
        List<Holiday> mondays = LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2027, 1, 1))
                .filter(d -> d.getDayOfWeek() == MONDAY).map(d -> new Holiday(d, null, "off")).toList();
        BusinessCalendar cal = BusinessCalendar.of(ZoneOffset.UTC, List.of(period(MONDAY, "09:00", "10:00")), mondays, List.of());
        // first Monday of 2027 is Jan 4
        assertThat(cal.nextWorkingInstant(utc("2025-01-01T00:00"))).isEqualTo(utc("2027-01-04T09:00"));
        assertThat(cal.dueAt(utc("2024-12-30T09:30"), Duration.ofMinutes(31))).isEqualTo(utc("2027-01-04T09:01"));
    }

    @Test
    void instantsOutsideTheSupportedYearsAreRejected() {
        assertThatThrownBy(() -> eightHours.isWorkingTime(Instant.MAX)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> eightHours.businessDuration(Instant.MIN, Instant.EPOCH)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> eightHours.dueAt(utc("9999-12-31T16:00"), Duration.ofHours(2)))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> eightHours.dueAt(utc("2025-01-01T00:00"), Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(DateTimeException.class);
        // the edges themselves work (9999-12-31 is a Friday, 0001-01-01 a Monday)
        assertThat(eightHours.dueAt(utc("9999-12-31T16:00"), Duration.ofHours(1))).isEqualTo(utc("9999-12-31T17:00"));
        assertThat(eightHours.nextWorkingInstant(utc("0001-01-01T00:00"))).isEqualTo(utc("0001-01-01T09:00"));
    }

    @Test
    void yearBoundariesFollowTheCalendarZoneNotUtc() {
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati"); // UTC+14
        BusinessCalendar cal = BusinessCalendar.of(kiritimati, weekly(MON_TO_FRI, "09:00", "17:00"), List.of(), List.of());
        // Thu 2026-01-01 09:00 +14:00 is 2025-12-31T19:00Z: still 2025 in UTC, already 2026 locally
        Instant newYearMorning = TestCalendars.at(kiritimati, "2026-01-01T09:00");
        assertThat(cal.isWorkingTime(newYearMorning)).isTrue();
        assertThat(cal.dueAt(TestCalendars.at(kiritimati, "2025-12-31T16:00"), Duration.ofHours(2)))
                .isEqualTo(TestCalendars.at(kiritimati, "2026-01-01T10:00"));
    }
}
