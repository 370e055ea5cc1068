package io.serval.calendar;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link BusinessCalendar#of} when the definition has violations. */
public final class InvalidCalendarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<CalendarViolation> violations;

    public InvalidCalendarException(List<CalendarViolation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** The violations, in input order; never empty. */
    public List<CalendarViolation> violations() {
        return violations;
    }

    private static String describe(List<CalendarViolation> violations) {
        return "Invalid business calendar: " + violations.stream()
                .map(CalendarViolation::toString)
                .collect(Collectors.joining("; "));
    }
}
