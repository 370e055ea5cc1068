package io.serval.core;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;

/**
 * Why a rule refused something or flagged a record: a message key with its arguments, shown in the user's
 * language, and the English text for logs and for bundles that lack the key. An argument may itself be a
 * reason (a phrase such as "P1 resolution 4 h"): the message source reads it out in the same language.
 */
public record Reason(String code, String defaultMessage, Object... args) implements MessageSourceResolvable {

    public static Reason of(String code, String defaultMessage, Object... args) {
        return new Reason(code, defaultMessage, args);
    }

    /** The English text with its arguments filled in. */
    public String english() {
        if (args.length == 0) {
            return defaultMessage;
        }
        Object[] english = Arrays.stream(args).map(a -> a instanceof Reason r ? r.english() : a).toArray();
        return new MessageFormat(defaultMessage, Locale.ENGLISH).format(english);
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return args;
    }

    @Override
    public String getDefaultMessage() {
        return defaultMessage;
    }
}
