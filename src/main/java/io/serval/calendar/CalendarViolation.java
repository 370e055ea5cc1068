package io.serval.calendar;

/**
 * One problem found by {@link BusinessCalendar#check}.
 *
 * @param field   the offending input, e.g. {@code periods[2]}, {@code periods[2].end}, {@code holidays[0]},
 *                {@code workdays[1]}, {@code periods} or {@code zone}
 * @param code    a stable machine-readable code such as {@code calendar.period.overlap}
 * @param message an English explanation
 */
public record CalendarViolation(String field, String code, String message) {

    /** Period overlaps an earlier period of the weekly cycle; reported on the later period. */
    public static final String PERIOD_OVERLAP = "calendar.period.overlap";
    /** A period, or its day, start or end, is null. */
    public static final String PERIOD_REQUIRED = "calendar.period.required";
    /** The same date is both a holiday and a make-up workday; reported on the workday. */
    public static final String DATE_CONFLICT = "calendar.date.conflict";
    /** The same date appears twice among the holidays or among the workdays; reported on the later entry. */
    public static final String DATE_DUPLICATE = "calendar.date.duplicate";
    /** A holiday or workday entry, or its date, is null. */
    public static final String DATE_REQUIRED = "calendar.date.required";
    /** No weekly period and no make-up workday at all; field {@code periods}. */
    public static final String EMPTY = "calendar.empty";
    /** The zone is null; field {@code zone}. */
    public static final String ZONE_REQUIRED = "calendar.zone.required";

    @Override
    public String toString() {
        return field + ": " + code + " (" + message + ")";
    }
}
