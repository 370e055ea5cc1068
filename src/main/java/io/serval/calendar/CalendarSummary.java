package io.serval.calendar;

import java.time.LocalDate;

/** A line of the calendar list. */
public record CalendarSummary(String code, String name, String zone, String description, int periods, int holidays,
        int workdays, LocalDate lastListedDay, long version) {
}
