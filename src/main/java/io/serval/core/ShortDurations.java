package io.serval.core;

import java.time.DateTimeException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them on forms and in the API: "4h", "30m", "1h 30m", "2d 4h" (a day is 24 hours), or
 * ISO-8601 ("PT4H", case ignored). One reader for every module that takes a duration, so that an agreement target
 * and a requirement specification accept the same text.
 */
public final class ShortDurations {

    private static final Pattern SHORT = Pattern.compile(
            "(?i)\\s*(?:(\\d+)\\s*d)?\\s*(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m(?:in)?)?\\s*");

    private ShortDurations() {
    }

    /**
     * The ISO-8601 text of a duration written short ("1h 30m" → "PT1H30M"); anything else is returned trimmed and
     * upper-cased for {@link Duration#parse} to accept or refuse. Null stays null.
     */
    public static String toIso(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = SHORT.matcher(text);
        if (!text.isBlank() && m.matches() && (m.group(1) != null || m.group(2) != null || m.group(3) != null)) {
            return Duration.ofDays(number(m.group(1))).plusHours(number(m.group(2))).plusMinutes(number(m.group(3)))
                    .toString();
        }
        return text.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * An ISO-8601 duration written short, as a form shows it for editing ("PT1H30M" → "1h 30m", "PT48H" → "2d");
     * text that is not a duration in whole minutes is returned as it is.
     */
    public static String toShort(String iso) {
        if (iso == null || iso.isBlank()) {
            return iso;
        }
        try {
            Duration d = Duration.parse(iso.trim());
            if (d.isNegative() || d.isZero() || d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
                return iso;
            }
            StringBuilder text = new StringBuilder();
            append(text, d.toDays(), "d");
            append(text, d.toHoursPart(), "h");
            append(text, d.toMinutesPart(), "m");
            return text.toString();
        } catch (DateTimeException notIso) {
            return iso;
        }
    }

    /**
     * The stored text when the entered one is the same length of time: an edit form shows "P15D" as "15d", which
     * reads back as "PT360H", and saving the form unchanged must not rewrite the record.
     */
    public static String keepStored(String stored, String entered) {
        if (stored == null || entered == null) {
            return entered;
        }
        try {
            return Duration.parse(stored).equals(Duration.parse(entered)) ? stored : entered;
        } catch (DateTimeException notBothIso) {
            return entered;
        }
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount != 0) {
            text.append(text.isEmpty() ? "" : " ").append(amount).append(unit);
        }
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
