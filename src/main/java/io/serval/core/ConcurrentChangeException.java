package io.serval.core;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone else saved the record after the caller read it (optimistic locking); answered with 409. {@link #code()}
 * is the message key forms show.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConcurrentChangeException extends RuntimeException {

    private final String code;

    public ConcurrentChangeException(String what, long expectedVersion, long actualVersion) {
        this("error.concurrentChange", what + " was changed by someone else (you edited version " + expectedVersion
                + ", it is now at version " + actualVersion + "); reload and apply your change again");
    }

    protected ConcurrentChangeException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
