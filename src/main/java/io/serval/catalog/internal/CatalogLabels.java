package io.serval.catalog.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts for catalog pages in the user's language ({@code ${@catalogLabels.field('owner')}}): the names of
 * changed fields in a diff, and ISO-8601 durations and periods read out ("PT4H" → "4 h" / "4 小时").
 */
@Component("catalogLabels")
class CatalogLabels {

    private final MessageSource messages;

    CatalogLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of a diff field: {@code owner}, {@code packages[PREMIUM]}, {@code packages[PREMIUM].calendar}. */
    public String field(String field) {
        if (field.startsWith("packages[") && field.indexOf(']') > 0) {
            int close = field.indexOf(']');
            String label = msg("catalog.diff.package", field.substring("packages[".length(), close));
            return close + 1 < field.length() ? label + " · " + msg("catalog.field." + field.substring(close + 2)) : label;
        }
        return msg("catalog.field." + field);
    }

    /** An ISO-8601 duration in words, or the text itself when it is not one. */
    public String duration(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            Duration d = Duration.parse(iso);
            List<String> parts = new ArrayList<>();
            add(parts, d.toDaysPart(), "catalog.unit.days");
            add(parts, d.toHoursPart(), "catalog.unit.hours");
            add(parts, d.toMinutesPart(), "catalog.unit.minutes");
            add(parts, d.toSecondsPart(), "catalog.unit.seconds");
            return parts.isEmpty() ? iso : String.join(" ", parts);
        } catch (DateTimeException e) {
            return iso;
        }
    }

    /** An ISO-8601 period in words, or the text itself when it is not one. */
    public String period(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            Period p = Period.parse(iso);
            List<String> parts = new ArrayList<>();
            add(parts, p.getYears(), "catalog.unit.years");
            add(parts, p.getMonths(), "catalog.unit.months");
            add(parts, p.getDays(), "catalog.unit.days");
            return parts.isEmpty() ? iso : String.join(" ", parts);
        } catch (DateTimeException e) {
            return iso;
        }
    }

    private void add(List<String> parts, long amount, String key) {
        if (amount != 0) {
            parts.add(msg(key, amount));
        }
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
