package io.serval.agreement.internal;

import io.serval.core.Reason;
import java.util.Arrays;

/** A revision reason kept in one line of text: key, English text and arguments, separated by tabs. */
final class StoredReason {

    private static final String SEPARATOR = "\t";

    private StoredReason() {
    }

    static String write(Reason reason) {
        StringBuilder line = new StringBuilder(reason.code()).append(SEPARATOR).append(clean(reason.defaultMessage()));
        for (Object arg : reason.args()) {
            line.append(SEPARATOR).append(clean(String.valueOf(arg)));
        }
        return line.toString();
    }

    static Reason read(String line) {
        String[] parts = line.split(SEPARATOR, -1);
        if (parts.length < 2) {
            return Reason.of("agreement.revision.text", "{0}", line); // written before reasons were keyed
        }
        return new Reason(parts[0], parts[1], (Object[]) Arrays.copyOfRange(parts, 2, parts.length));
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }
}
