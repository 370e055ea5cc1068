package io.serval.calendar;

import static io.serval.calendar.TestCalendars.period;
import static io.serval.calendar.TestCalendars.utc;
import static io.serval.calendar.TestCalendars.weekly;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods with end <= start run into the next day. All in UTC; 2025-12-31 is a Wednesday. */
class OvernightShiftTest {

    private static final EnumSet<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    private final BusinessCalendar nights =
            BusinessCalendar.of(ZoneOffset.UTC, weekly(EVERY_DAY, "20:00", "08:00"), List.of(), List.of());

    @Test
    void nightShiftTwentyToEightWorksTwelveHoursPerNight() {
        // [Mar 3 00:00, Mar 4 00:00) holds 00:00-08:00 (from Mar 2's shift) and 20:00-24:00 = 12h
        assertThat(nights.businessDuration(utc("2025-03-03T00:00"), utc("2025-03-04T00:00"))).isEqualTo(Duration.ofHours(12));
        assertThat(nights.isWorkingTime(utc("2025-03-03T02:00"))).isTrue();
        assertThat(nights.isWorkingTime(utc("2025-03-03T07:59:59"))).isTrue();
        assertThat(nights.isWorkingTime(utc("2025-03-03T08:00"))).isFalse();
        assertThat(nights.isWorkingTime(utc("2025-03-03T19:59:59"))).isFalse();
        assertThat(nights.isWorkingTime(utc("2025-03-03T20:00"))).isTrue();
    }

    @Test
    void dueDateResumesWithTheNextNightShift() {
        // 07:00-08:00 = 1h, then 20:00 + 1h
        assertThat(nights.dueAt(utc("2025-03-03T07:00"), Duration.ofHours(2))).isEqualTo(utc("2025-03-03T21:00"));
        // 12h from 20:00 ends exactly at 08:00 next morning, not at 20:00
        assertThat(nights.dueAt(utc("2025-03-03T20:00"), Duration.ofHours(12))).isEqualTo(utc("2025-03-04T08:00"));
    }

    @Test
    void dayAndNightShiftsMergeIntoContinuousWorkingTime() {
        List<WorkingPeriod> periods = new ArrayList<>(weekly(EVERY_DAY, "08:00", "20:00"));
        periods.addAll(weekly(EVERY_DAY, "20:00", "08:00"));
        BusinessCalendar roundTheClock = BusinessCalendar.of(ZoneOffset.UTC, periods, List.of(), List.of());

        Instant start = utc("2025-06-15T13:14:15");
        assertThat(roundTheClock.dueAt(start, Duration.ofHours(100))).isEqualTo(start.plus(Duration.ofHours(100)));
        assertThat(roundTheClock.nextWorkingInstant(start)).isEqualTo(start);
        assertThat(roundTheClock.businessDuration(utc("2025-01-01T00:00"), utc("2026-01-01T00:00")))
                .isEqualTo(Duration.ofDays(365));
        // one merged interval for the whole year, not 730 shifts
        assertThat(roundTheClock.year(2025).count()).isEqualTo(1);
    }

    @Test
    void dueDateIsContinuousAcrossTheMergedShiftBoundary() {
        List<WorkingPeriod> periods = List.of(period(MONDAY, "08:00", "20:00"), period(MONDAY, "20:00", "08:00"));
        BusinessCalendar monday = BusinessCalendar.of(ZoneOffset.UTC, periods, List.of(), List.of());
        // Mon 2025-03-03 08:00 to Tue 08:00 is one 24h interval
        assertThat(monday.dueAt(utc("2025-03-03T19:00"), Duration.ofHours(2))).isEqualTo(utc("2025-03-03T21:00"));
        assertThat(monday.dueAt(utc("2025-03-03T08:00"), Duration.ofHours(24))).isEqualTo(utc("2025-03-04T08:00"));
        assertThat(monday.dueAt(utc("2025-03-03T08:00"), Duration.ofHours(25))).isEqualTo(utc("2025-03-10T09:00"));
    }

    @Test
    void sundayNightShiftRunsIntoMonday() {
        BusinessCalendar sundayNight =
                BusinessCalendar.of(ZoneOffset.UTC, List.of(period(SUNDAY, "22:00", "06:00")), List.of(), List.of());
        // Sun 2025-03-09 22:00 - Mon 2025-03-10 06:00
        assertThat(sundayNight.isWorkingTime(utc("2025-03-10T05:00"))).isTrue();
        assertThat(sundayNight.dueAt(utc("2025-03-09T12:00"), Duration.ofHours(8))).isEqualTo(utc("2025-03-10T06:00"));
        assertThat(sundayNight.nextWorkingInstant(utc("2025-03-10T06:00"))).isEqualTo(utc("2025-03-16T22:00"));
    }

    @Test
    void wholeDayPeriodsRunMidnightToMidnightOrStartToSameTimeNextDay() {
        BusinessCalendar mondays =
                BusinessCalendar.of(ZoneOffset.UTC, List.of(period(MONDAY, "00:00", "00:00")), List.of(), List.of());
        assertThat(mondays.businessDuration(utc("2025-03-03T00:00"), utc("2025-03-10T00:00"))).isEqualTo(Duration.ofHours(24));
        assertThat(mondays.isWorkingTime(utc("2025-03-04T00:00"))).isFalse();

        BusinessCalendar sixToSix =
                BusinessCalendar.of(ZoneOffset.UTC, List.of(period(MONDAY, "06:00", "06:00")), List.of(), List.of());
        assertThat(sixToSix.dueAt(utc("2025-03-03T00:00"), Duration.ofHours(24))).isEqualTo(utc("2025-03-04T06:00"));
    }

    @Test
    void overnightShiftStartingDec31RunsIntoTheNewYear() {
        BusinessCalendar wednesdayNights =
                BusinessCalendar.of(ZoneOffset.UTC, List.of(period(WEDNESDAY, "20:00", "08:00")), List.of(), List.of());
        // Wed 2025-12-31 20:00-24:00 (4h in 2025) + Thu 2026-01-01 00:00-08:00 (8h in 2026)
        assertThat(wednesdayNights.businessDuration(utc("2025-12-31T00:00"), utc("2026-01-02T00:00")))
                .isEqualTo(Duration.ofHours(12));
        assertThat(wednesdayNights.businessDuration(utc("2025-12-31T00:00"), utc("2026-01-01T00:00")))
                .isEqualTo(Duration.ofHours(4));
        assertThat(wednesdayNights.dueAt(utc("2025-12-31T20:00"), Duration.ofHours(6))).isEqualTo(utc("2026-01-01T02:00"));
        assertThat(wednesdayNights.dueAt(utc("2025-12-31T21:00"), Duration.ofHours(11))).isEqualTo(utc("2026-01-01T08:00"));
        assertThat(wednesdayNights.isWorkingTime(utc("2026-01-01T07:59:59"))).isTrue();
        // the year boundary is not a break: a start at 23:59:59 flows straight through midnight
        assertThat(wednesdayNights.dueAt(utc("2025-12-31T23:59:59"), Duration.ofSeconds(2))).isEqualTo(utc("2026-01-01T00:00:01"));
    }

    @Test
    void holidayOnTheStartDateCancelsTheWholeOvernightShift() {
        BusinessCalendar cal = BusinessCalendar.of(ZoneOffset.UTC, List.of(period(WEDNESDAY, "20:00", "08:00")),
                List.of(new Holiday(LocalDate.parse("2025-12-31"), null, "New Year's Eve")), List.of());
        assertThat(cal.businessDuration(utc("2025-12-31T00:00"), utc("2026-01-02T00:00"))).isZero();
        assertThat(cal.isWorkingTime(utc("2026-01-01T02:00"))).isFalse();
        assertThat(cal.nextWorkingInstant(utc("2025-12-31T12:00"))).isEqualTo(utc("2026-01-07T20:00"));
    }

    @Test
    void holidayOnTheDateTheShiftEndsIntoDoesNotShortenIt() {
        BusinessCalendar cal = BusinessCalendar.of(ZoneOffset.UTC, List.of(period(WEDNESDAY, "20:00", "08:00")),
                List.of(new Holiday(LocalDate.parse("2026-01-01"), null, "New Year's Day")), List.of());
        assertThat(cal.businessDuration(utc("2025-12-31T00:00"), utc("2026-01-02T00:00"))).isEqualTo(Duration.ofHours(12));
        assertThat(cal.isWorkingTime(utc("2026-01-01T02:00"))).isTrue();
    }

    @Test
    void makeUpWorkdayWorksTheOvernightShiftOfItsWorksAsDay() {
        // Sat 2026-01-03 works as a Wednesday: 20:00 until Sun 08:00
        BusinessCalendar cal = BusinessCalendar.of(ZoneOffset.UTC, List.of(period(WEDNESDAY, "20:00", "08:00")), List.of(),
                List.of(new MakeUpWorkday(LocalDate.parse("2026-01-03"), WEDNESDAY, null, "swap")));
        assertThat(cal.businessDuration(utc("2026-01-03T00:00"), utc("2026-01-05T00:00"))).isEqualTo(Duration.ofHours(12));
        assertThat(cal.isWorkingTime(utc("2026-01-04T07:00"))).isTrue();
        // a normal Saturday does not work
        assertThat(cal.businessDuration(utc("2026-01-10T00:00"), utc("2026-01-12T00:00"))).isZero();
    }

    @Test
    void makeUpWorkdayWithoutWorksAsUsesMondayPeriods() {
        MakeUpWorkday saturday = new MakeUpWorkday(LocalDate.parse("2025-03-08"), null, null, "make-up");
        assertThat(saturday.worksAs()).isEqualTo(MONDAY);
        BusinessCalendar cal = BusinessCalendar.of(ZoneOffset.UTC,
                List.of(period(MONDAY, "09:00", "12:00"), period(SATURDAY, "10:00", "11:00")), List.of(), List.of(saturday));
        // Monday's 09:00-12:00 replaces Saturday's own 10:00-11:00 on that date
        assertThat(cal.businessDuration(utc("2025-03-08T00:00"), utc("2025-03-09T00:00"))).isEqualTo(Duration.ofHours(3));
        assertThat(cal.businessDuration(utc("2025-03-15T00:00"), utc("2025-03-16T00:00"))).isEqualTo(Duration.ofHours(1));
    }
}
