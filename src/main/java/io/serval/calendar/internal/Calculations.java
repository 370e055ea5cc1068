package io.serval.calendar.internal;

import io.serval.calendar.BusinessCalendar;
import io.serval.core.FieldProblem;
import io.serval.core.RuleViolationException;
import io.serval.core.InvalidInputException;
import io.serval.core.Reason;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * The calculator of the calendar page and of the API: due dates and elapsed business time with the engine's
 * limits answered as bad input (never a server error), and the warnings a result needs.
 */
final class Calculations {

    private Calculations() {
    }

    /** @throws InvalidInputException (field {@code duration}) when the due instant lies beyond the supported years */
    static Instant due(BusinessCalendar calendar, Instant start, Duration duration) {
        try {
            return calendar.dueAt(start, duration);
        } catch (IllegalStateException unreachable) {
            // a calendar that stops working (its last make-up day passed) never reaches the end of the duration
            throw new RuleViolationException(Reason.of("calendar.due.unreachable",
                    "the calendar has too little working time left to reach the end of {0}", duration.toString()));
        } catch (DateTimeException | ArithmeticException beyond) {
            throw new InvalidInputException(FieldProblem.of("duration", "calendar.due.outOfRange",
                    "the due date would lie after the year {0}; give a shorter duration",
                    String.valueOf(BusinessCalendar.MAX_YEAR)));
        }
    }

    /** @throws InvalidInputException (field {@code field}) when an instant lies outside the supported years */
    static Duration elapsed(BusinessCalendar calendar, Instant from, Instant to, String field) {
        try {
            return calendar.businessDuration(from, to);
        } catch (DateTimeException | ArithmeticException outside) {
            throw new InvalidInputException(FieldProblem.of(field, "calendar.instant.outOfRange",
                    "lies outside the years {0} to {1}", String.valueOf(BusinessCalendar.MIN_YEAR),
                    String.valueOf(BusinessCalendar.MAX_YEAR)));
        }
    }

    /**
     * One warning per run of years between {@code from} and {@code to} for which the calendar lists no holidays
     * ("2027" or "2027–2030"): its days were counted as ordinary weekdays there.
     */
    static List<Reason> holidayWarnings(BusinessCalendar calendar, Instant from, Instant to) {
        SortedSet<Integer> years = calendar.yearsWithoutHolidays(from, to);
        List<Reason> warnings = new ArrayList<>();
        Integer runStart = null;
        Integer previous = null;
        for (int year : years) {
            if (previous != null && year != previous + 1) {
                warnings.add(noHolidays(runStart, previous));
                runStart = null;
            }
            if (runStart == null) {
                runStart = year;
            }
            previous = year;
        }
        if (runStart != null) {
            warnings.add(noHolidays(runStart, previous));
        }
        return warnings;
    }

    private static Reason noHolidays(int first, int last) {
        String years = first == last ? String.valueOf(first) : first + "–" + last;
        return Reason.of("calendar.warning.noHolidays",
                "the calendar lists no holidays or make-up working days for {0}: those days were counted as ordinary "
                        + "weekdays", years);
    }
}
