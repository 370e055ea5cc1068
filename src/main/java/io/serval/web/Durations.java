package io.serval.web;

import io.serval.core.Reason;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * ISO-8601 durations and periods read out in the user's language, for templates
 * ({@code ${@durations.businessTime('PT45H')}} → "45 h" / "45 小时"). Text that is not ISO-8601 is shown as it is.
 * The same words are available as keyed phrases ({@link #businessTimeWords}) for reasons that are stored and
 * read out later in the reader's language.
 */
@Component("durations")
public class Durations {

    private final MessageSource messages;

    public Durations(MessageSource messages) {
        this.messages = messages;
    }

    /** Elapsed time in days, hours, minutes and seconds ("PT36H" → "1 d 12 h"). */
    public String format(String iso) {
        return parse(iso).flatMap(d -> words(List.of(
                unit(d.toDaysPart(), "unit.days", "{0} d"), unit(d.toHoursPart(), "unit.hours", "{0} h"),
                unit(d.toMinutesPart(), "unit.minutes", "{0} min"), unit(d.toSecondsPart(), "unit.seconds", "{0} s"))))
                .map(this::text).orElse(text(iso));
    }

    /**
     * Business time in hours and minutes: a business day is not 24 hours, so "PT45H" on a 9-hour calendar is
     * five working days and reads "45 h", never "1 d 21 h".
     */
    public String businessTime(String iso) {
        return parse(iso).flatMap(Durations::businessTimeWords).map(this::text).orElse(text(iso));
    }

    /** A calendar period ("P1M" → "1 mo" / "1 个月"). */
    public String period(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return periodWords(Period.parse(iso)).map(this::text).orElse(iso);
        } catch (DateTimeException e) {
            return iso;
        }
    }

    /** Business time as a phrase of hours, minutes and seconds; empty for a zero duration. */
    public static Optional<Reason> businessTimeWords(Duration d) {
        return words(List.of(unit(d.toHours(), "unit.hours", "{0} h"), unit(d.toMinutesPart(), "unit.minutes", "{0} min"),
                unit(d.toSecondsPart(), "unit.seconds", "{0} s")));
    }

    /** A period as a phrase of years, months and days; empty for a zero period. */
    public static Optional<Reason> periodWords(Period p) {
        return words(List.of(unit(p.getYears(), "unit.years", "{0} y"), unit(p.getMonths(), "unit.months", "{0} mo"),
                unit(p.getDays(), "unit.days", "{0} d")));
    }

    private String text(Reason words) {
        return messages.getMessage(words, LocaleContextHolder.getLocale());
    }

    private static Optional<Duration> parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.parse(iso));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static String text(String iso) {
        return iso == null ? "" : iso;
    }

    /** The units that are not zero, joined by spaces ("4 h 30 min"). */
    private static Optional<Reason> words(List<Optional<Reason>> units) {
        return units.stream().flatMap(Optional::stream).reduce((a, b) -> Reason.of("unit.join", "{0} {1}", a, b));
    }

    private static Optional<Reason> unit(long amount, String key, String english) {
        return amount == 0 ? Optional.empty() : Optional.of(Reason.of(key, english, amount));
    }
}
