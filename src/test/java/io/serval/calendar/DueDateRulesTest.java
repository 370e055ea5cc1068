package io.serval.calendar;

import static io.serval.calendar.TestCalendars.nineToSix;
import static io.serval.calendar.TestCalendars.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The basic due-date and elapsed-time rules on Monday-Friday 09:00-18:00 (UTC). 2025-03-03 is a Monday. */
class DueDateRulesTest {

    private final BusinessCalendar cal = nineToSix(ZoneOffset.UTC);

    @Test
    void nineHoursFromNineIsSixPmSameDay() {
        // the earliest instant at which 9h have elapsed is the end of the day, not the next morning
        assertThat(cal.dueAt(utc("2025-03-03T09:00"), Duration.ofHours(9))).isEqualTo(utc("2025-03-03T18:00"));
    }

    @Test
    void tenHoursFromNineIsTenAmNextDay() {
        // 9h on Monday, 1h on Tuesday from 09:00
        assertThat(cal.dueAt(utc("2025-03-03T09:00"), Duration.ofHours(10))).isEqualTo(utc("2025-03-04T10:00"));
    }

    @Test
    void oneHourFromFridayHalfPastFiveIsMondayHalfPastNine() {
        // 30 minutes on Friday 17:30-18:00, weekend off, 30 minutes on Monday 09:00-09:30
        assertThat(cal.dueAt(utc("2025-03-07T17:30"), Duration.ofHours(1))).isEqualTo(utc("2025-03-10T09:30"));
    }

    @Test
    void fortyFiveHoursFromMondayMorningIsFridayEvening() {
        // one full working week is 5 x 9h = 45h
        assertThat(cal.dueAt(utc("2025-03-03T09:00"), Duration.ofHours(45))).isEqualTo(utc("2025-03-07T18:00"));
        assertThat(cal.dueAt(utc("2025-03-03T09:00"), Duration.ofHours(46))).isEqualTo(utc("2025-03-10T10:00"));
    }

    @Test
    void startBeforeOpeningCountsFromNine() {
        assertThat(cal.dueAt(utc("2025-03-03T07:15"), Duration.ofHours(2))).isEqualTo(utc("2025-03-03T11:00"));
    }

    @Test
    void startAfterClosingCountsFromNextMorning() {
        assertThat(cal.dueAt(utc("2025-03-03T19:00"), Duration.ofHours(1))).isEqualTo(utc("2025-03-04T10:00"));
    }

    @Test
    void startExactlyAtClosingCountsFromNextMorning() {
        // intervals are [09:00, 18:00): 18:00 itself is not working
        assertThat(cal.dueAt(utc("2025-03-03T18:00"), Duration.ofSeconds(1))).isEqualTo(utc("2025-03-04T09:00:01"));
    }

    @Test
    void startOnSaturdayCountsFromMonday() {
        assertThat(cal.dueAt(utc("2025-03-08T12:00"), Duration.ofMinutes(30))).isEqualTo(utc("2025-03-10T09:30"));
    }

    @Test
    void zeroDurationReturnsStartUnchangedEvenOutsideWorkingHours() {
        Instant saturdayWithNanos = utc("2025-03-08T12:00").plusNanos(123_456_789);
        assertThat(cal.dueAt(saturdayWithNanos, Duration.ZERO)).isSameAs(saturdayWithNanos);
    }

    @Test
    void subSecondDurationIsTruncatedToZero() {
        Instant start = utc("2025-03-08T12:00");
        assertThat(cal.dueAt(start, Duration.ofMillis(999))).isEqualTo(start);
    }

    @Test
    void negativeDurationIsRejected() {
        assertThatThrownBy(() -> cal.dueAt(utc("2025-03-03T09:00"), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cal.dueAt(utc("2025-03-03T09:00"), Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subSecondPartsOfStartAndDurationAreTruncated() {
        // 09:00:00.999 -> 09:00:00 and 1.9s -> 1s
        Instant start = utc("2025-03-03T09:00").plusMillis(999);
        assertThat(cal.dueAt(start, Duration.ofMillis(1900))).isEqualTo(utc("2025-03-03T09:00:01"));
        assertThat(cal.businessDuration(start, utc("2025-03-03T09:00:01").plusMillis(500)))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void businessDurationOfAWorkingDayIsNineHours() {
        assertThat(cal.businessDuration(utc("2025-03-03T00:00"), utc("2025-03-04T00:00"))).isEqualTo(Duration.ofHours(9));
        assertThat(cal.businessDuration(utc("2025-03-03T09:00"), utc("2025-03-03T18:00"))).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void businessDurationFromFridayAfternoonToMondayMorningSkipsTheWeekend() {
        // Friday 17:00-18:00 (1h) + Monday 09:00-10:00 (1h)
        assertThat(cal.businessDuration(utc("2025-03-07T17:00"), utc("2025-03-10T10:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void businessDurationIsNegativeWhenToIsBeforeFrom() {
        assertThat(cal.businessDuration(utc("2025-03-10T10:00"), utc("2025-03-07T17:00"))).isEqualTo(Duration.ofHours(-2));
    }

    @Test
    void businessDurationOverAWeekendOrEmptyRangeIsZero() {
        assertThat(cal.businessDuration(utc("2025-03-07T18:00"), utc("2025-03-10T09:00"))).isZero();
        assertThat(cal.businessDuration(utc("2025-03-03T10:00"), utc("2025-03-03T10:00"))).isZero();
    }

    @Test
    void aWeekOfWorkingTimeIsFortyFiveHours() {
        assertThat(cal.businessDuration(utc("2025-03-05T13:37"), utc("2025-03-12T13:37"))).isEqualTo(Duration.ofHours(45));
    }
}
