package io.serval.calendar;

import static io.serval.calendar.TestCalendars.nineToSix;
import static io.serval.calendar.TestCalendars.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** isWorkingTime and nextWorkingInstant on Monday-Friday 09:00-18:00 UTC; 2025-03-07 is a Friday. */
class WorkingTimeQueryTest {

    private final BusinessCalendar cal = nineToSix(ZoneOffset.UTC);

    @Test
    void workingIntervalsAreHalfOpen() {
        assertThat(cal.isWorkingTime(utc("2025-03-07T08:59:59"))).isFalse();
        assertThat(cal.isWorkingTime(utc("2025-03-07T09:00"))).isTrue();
        assertThat(cal.isWorkingTime(utc("2025-03-07T17:59:59"))).isTrue();
        assertThat(cal.isWorkingTime(utc("2025-03-07T17:59:59").plusNanos(999_999_999))).isTrue();
        assertThat(cal.isWorkingTime(utc("2025-03-07T18:00"))).isFalse();
        assertThat(cal.isWorkingTime(utc("2025-03-08T12:00"))).as("Saturday").isFalse();
    }

    @Test
    void nextWorkingInstantOfAWorkingInstantIsItselfWithNanos() {
        Instant t = utc("2025-03-07T10:00").plusNanos(42);
        assertThat(cal.nextWorkingInstant(t)).isSameAs(t);
    }

    @Test
    void nextWorkingInstantAfterFridayCloseIsMondayNine() {
        assertThat(cal.nextWorkingInstant(utc("2025-03-07T18:00"))).isEqualTo(utc("2025-03-10T09:00"));
        assertThat(cal.nextWorkingInstant(utc("2025-03-09T23:59:59"))).isEqualTo(utc("2025-03-10T09:00"));
    }

    @Test
    void nextWorkingInstantBeforeOpeningIsNineSameDay() {
        assertThat(cal.nextWorkingInstant(utc("2025-03-04T08:59:59").plusMillis(500))).isEqualTo(utc("2025-03-04T09:00"));
    }

    @Test
    void nextWorkingInstantCrossesTheYearEnd() {
        // Wed 2025-12-31 18:00 -> Thu 2026-01-01 09:00 (no holidays in this calendar)
        assertThat(cal.nextWorkingInstant(utc("2025-12-31T18:00"))).isEqualTo(utc("2026-01-01T09:00"));
        // Fri 2027-12-31 18:00 -> Mon 2028-01-03 09:00
        assertThat(cal.nextWorkingInstant(utc("2027-12-31T18:00"))).isEqualTo(utc("2028-01-03T09:00"));
    }
}
