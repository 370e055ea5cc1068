package io.serval.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The sane ranges of values people and API clients enter, shared by every module: dates and instants between
 * 1900 and 2200 (the database and the calendar engine reach further, but nothing in service management does),
 * and durations and periods of at most five years. A value outside them is refused as bad input, never stored.
 */
public final class InputBounds {

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2200;
    public static final LocalDate EARLIEST_DATE = LocalDate.of(EARLIEST_YEAR, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(LATEST_YEAR, 12, 31);
    /** Five years of 366 days. */
    public static final Duration LONGEST_DURATION = Duration.ofDays(5 * 366);
    public static final int LONGEST_PERIOD_MONTHS = 5 * 12;

    private static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LATEST_INSTANT = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private InputBounds() {
    }

    public static boolean within(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /** Whether the instant falls in the years 1900-2200 (UTC). */
    public static boolean within(Instant instant) {
        return !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(LATEST_INSTANT);
    }

    public static boolean within(Duration duration) {
        return duration.compareTo(LONGEST_DURATION) <= 0;
    }

    /** The problem of a date or instant outside the years 1900-2200. */
    public static FieldProblem outsideYears(String field) {
        return FieldProblem.of(field, "validation.date.range", "must lie in the years {0}-{1}",
                String.valueOf(EARLIEST_YEAR), String.valueOf(LATEST_YEAR));
    }

    /** The problem of a duration longer than five years. */
    public static FieldProblem durationTooLong(String field) {
        return FieldProblem.of(field, "validation.duration.tooLong", "must not be longer than {0}",
                LONGEST_DURATION.toString());
    }

    /** The problem of a period longer than five years. */
    public static FieldProblem periodTooLong(String field) {
        return FieldProblem.of(field, "validation.period.tooLong", "must not be longer than {0} months",
                LONGEST_PERIOD_MONTHS);
    }

    /** A period of at most five years, its days counted as months of 31 days (P1Y6M, P60M, P1800D pass; P5Y1D fails). */
    public static boolean within(Period period) {
        long months = period.toTotalMonths();
        return months <= LONGEST_PERIOD_MONTHS && months * 31 + period.getDays() <= LONGEST_PERIOD_MONTHS * 31L;
    }
}
