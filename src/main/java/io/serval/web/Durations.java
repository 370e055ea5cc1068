package io.serval.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * ISO-8601 durations and periods read out in the user's language, for templates
 * ({@code ${@durations.businessTime('PT45H')}} → "45 h" / "45 小时"). Text that is not ISO-8601 is shown as it is.
 */
@Component("durations")
public class Durations {

    private final MessageSource messages;

    public Durations(MessageSource messages) {
        this.messages = messages;
    }

    /** Elapsed time in days, hours, minutes and seconds ("PT36H" → "1 d 12 h"). */
    public String format(String iso) {
        return parse(iso).map(d -> join(List.of(
                unit(d.toDaysPart(), "unit.days"), unit(d.toHoursPart(), "unit.hours"),
                unit(d.toMinutesPart(), "unit.minutes"), unit(d.toSecondsPart(), "unit.seconds")), iso)).orElse(text(iso));
    }

    /**
     * Business time in hours and minutes: a business day is not 24 hours, so "PT45H" on a 9-hour calendar is
     * five working days and reads "45 h", never "1 d 21 h".
     */
    public String businessTime(String iso) {
        return parse(iso).map(d -> join(List.of(
                unit(d.toHours(), "unit.hours"), unit(d.toMinutesPart(), "unit.minutes"),
                unit(d.toSecondsPart(), "unit.seconds")), iso)).orElse(text(iso));
    }

    /** A calendar period ("P1M" → "1 mo" / "1 个月"). */
    public String period(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            Period p = Period.parse(iso);
            return join(List.of(unit(p.getYears(), "unit.years"), unit(p.getMonths(), "unit.months"),
                    unit(p.getDays(), "unit.days")), iso);
        } catch (DateTimeException e) {
            return iso;
        }
    }

    private static java.util.Optional<Duration> parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Duration.parse(iso));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static String text(String iso) {
        return iso == null ? "" : iso;
    }

    private static String join(List<String> parts, String fallback) {
        List<String> present = new ArrayList<>(parts.stream().filter(p -> !p.isEmpty()).toList());
        return present.isEmpty() ? fallback : String.join(" ", present);
    }

    private String unit(long amount, String key) {
        return amount == 0 ? "" : messages.getMessage(key, new Object[] {amount}, key, LocaleContextHolder.getLocale());
    }
}
