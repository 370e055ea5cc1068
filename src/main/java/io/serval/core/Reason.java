package io.serval.core;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Why a rule refused something or flagged a record: a message key with its arguments, shown in the user's
 * language, and the English text for logs and for bundles that lack the key.
 */
public record Reason(String code, String defaultMessage, Object... args) {

    public static Reason of(String code, String defaultMessage, Object... args) {
        return new Reason(code, defaultMessage, args);
    }

    /** The English text with its arguments filled in. */
    public String english() {
        return args.length == 0 ? defaultMessage : new MessageFormat(defaultMessage, Locale.ENGLISH).format(args);
    }
}
