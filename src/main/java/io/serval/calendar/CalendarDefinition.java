package io.serval.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A calendar as entered and shown: codes and texts as the user typed them, so that every field can be
 * validated and reported by name. Holidays and make-up workdays may be given as plain dates
 * ({@code "2025-01-01"}) or as objects with names. The calendar and each day are named in Chinese
 * ({@code nameZh}), English ({@code nameEn}) or both; {@code name} shows the name in the reader's language. As
 * input {@code name} counts only when neither of the other two is given: it then names both languages (as clients
 * that send one name expect).
 */
public record CalendarDefinition(String code, String name, String nameZh, String nameEn, String zone,
        String description, List<Period> periods, List<Day> holidays, List<Day> workdays, Long version) {

    public CalendarDefinition {
        periods = periods == null ? List.of() : List.copyOf(periods);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workdays = workdays == null ? List.of() : List.copyOf(workdays);
    }

    /** A weekly working period; {@code end} before {@code start} means it ends the next day. */
    public record Period(String day, String start, String end) {
    }

    /** A holiday, or a make-up working day that works like {@code worksAs} (Monday when empty). */
    public record Day(String date, String name, String nameZh, String nameEn, String worksAs) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Day {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Day of(String date) {
            return new Day(date, null, null, null, null);
        }
    }
}
