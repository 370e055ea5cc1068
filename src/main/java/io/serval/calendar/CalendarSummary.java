package io.serval.calendar;

import java.time.LocalDate;

/** A line of the calendar list; {@code name} is the name in the reader's language. */
public record CalendarSummary(String code, String name, String nameZh, String nameEn, String zone, String description,
        int periods, int holidays, int workdays, LocalDate lastListedDay, long version) {
}
