package io.serval.core;

/** Someone else saved the record after the caller read it (optimistic locking); answered with 409. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what, long expectedVersion, long actualVersion) {
        super(what + " was changed by someone else (you edited version " + expectedVersion
                + ", it is now at version " + actualVersion + "); reload and apply your change again");
    }
}
