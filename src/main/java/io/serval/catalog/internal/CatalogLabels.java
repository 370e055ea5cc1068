package io.serval.catalog.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts for catalog pages in the user's language ({@code ${@catalogLabels.field('owner')}}): the names of
 * changed fields in a diff.
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

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
