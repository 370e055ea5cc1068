package io.serval.core;

/** Small helpers for text people typed. */
public final class Texts {

    private Texts() {
    }

    /**
     * Whether a database column can hold the text: PostgreSQL refuses NUL characters, and a lone UTF-16
     * surrogate has no UTF-8 form.
     */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** One line without control characters, as names and labels must be (null passes: "not given"). */
    public static boolean singleLine(String text) {
        return text == null || storable(text)
                && text.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    /** The start of a text with control characters escaped, to quote bad input back in a message. */
    public static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(40).forEach(c -> {
            if (Character.isISOControl(c) || Character.isSurrogate((char) c) && Character.isBmpCodePoint(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 40 ? shown + "…" : shown.toString();
    }

    /** The text trimmed, or null when there is none: an empty form field means "not given". */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
