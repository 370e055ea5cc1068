package io.serval.catalog;

import org.springframework.context.i18n.LocaleContextHolder;

/** Picks the Chinese or English text for the current user, falling back to the other when one is missing. */
final class Languages {

    private Languages() {
    }

    static boolean chinese() {
        return "zh".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    static String pick(String zh, String en) {
        String first = chinese() ? zh : en;
        String second = chinese() ? en : zh;
        return first != null && !first.isBlank() ? first : second;
    }
}
