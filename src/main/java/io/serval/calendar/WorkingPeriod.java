package io.serval.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A weekly working period, in the local time of the calendar's zone.
 *
 * <p>The period starts on {@code day} at {@code start}. When {@code end} is after {@code start}
 * it ends the same day; when {@code end <= start} (including {@code end == 00:00} and
 * {@code end == start}) it ends on the <em>next</em> day at {@code end}. So {@code 20:00-08:00} is
 * an overnight shift and {@code 00:00-00:00} (or {@code 06:00-06:00}) is a whole 24 hour day.
 *
 * <p>A period belongs to the date it starts on: a {@link Holiday} on that date cancels the whole
 * period (including the part after midnight), a holiday on the date it runs into does not.
 *
 * <p>Times are truncated to whole seconds before they are compared or used. Nulls are accepted
 * here so that {@link BusinessCalendar#check} can report them as violations.
 */
public record WorkingPeriod(DayOfWeek day, LocalTime start, LocalTime end) {

    /** Whether this period ends on the day after the one it starts on ({@code end <= start}). */
    public boolean endsNextDay() {
        return !end.withNano(0).isAfter(start.withNano(0));
    }

    /** Nominal (wall clock) length in seconds, between 1 second and 24 hours; DST is not applied. */
    public long nominalSeconds() {
        int s = start.toSecondOfDay();
        int e = end.toSecondOfDay();
        return e > s ? e - s : 86_400L - s + e;
    }

    @Override
    public String toString() {
        return day + " " + start + "-" + end;
    }
}
