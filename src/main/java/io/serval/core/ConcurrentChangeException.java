package io.serval.core;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone else saved the record after the caller read it (optimistic locking); answered with 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what, long expectedVersion, long actualVersion) {
        super(what + " was changed by someone else (you edited version " + expectedVersion
                + ", it is now at version " + actualVersion + "); reload and apply your change again");
    }
}
