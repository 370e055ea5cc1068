package io.serval.core;

/** Small helpers for text people typed. */
public final class Texts {

    private Texts() {
    }

    /** The text trimmed, or null when there is none: an empty form field means "not given". */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
