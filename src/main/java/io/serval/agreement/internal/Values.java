package io.serval.agreement.internal;

import io.serval.core.ShortDurations;
import io.serval.core.Texts;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the values of an agreement as the API and the form write them: times as ISO-8601 ({@code PT4H}) or as
 * people write them ({@code 4h}, {@code 30m}, {@code 1d 2h}), periods ({@code P1M}), decimals, dates. Each
 * answers empty for text it cannot read, never an exception: whether a value is in range is the validator's
 * question, not the parser's.
 */
public final class Values {

    private Values() {
    }

    /** A time: ISO-8601 or short ({@code 4h}, {@code 1d 2h}, {@code 30m}). */
    public static Optional<Duration> duration(String text) {
        return read(text, value -> Duration.parse(ShortDurations.toIso(value)));
    }

    /** A calendar period in ISO-8601 ({@code P1M}, {@code P3M}, {@code P1Y}). */
    public static Optional<Period> period(String text) {
        return read(text, value -> Period.parse(value.toUpperCase(Locale.ROOT)));
    }

    /** A decimal as typed: {@code 99.5}, {@code 99.5 %}, {@code 80000}. */
    public static Optional<BigDecimal> decimal(String text) {
        return read(text, value -> new BigDecimal(value.endsWith("%") ? value.substring(0, value.length() - 1).trim() : value));
    }

    /** A whole number as typed. */
    public static Optional<Integer> integer(String text) {
        return read(text, Integer::valueOf);
    }

    /** A date as {@code yyyy-MM-dd}. */
    public static Optional<LocalDate> date(String text) {
        return read(text, LocalDate::parse);
    }

    /** A date and time as {@code yyyy-MM-ddTHH:mm}. */
    public static Optional<LocalDateTime> dateTime(String text) {
        return read(text, LocalDateTime::parse);
    }

    /** The trimmed text read by {@code parser}; empty when there is none or the parser cannot read it. */
    private static <T> Optional<T> read(String text, Function<String, T> parser) {
        String value = Texts.blankToNull(text);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value));
        } catch (DateTimeException | ArithmeticException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
