package io.serval.identity.internal;

import java.time.Instant;

/** A user name or client address that may not log in until {@code lockedUntil}, after {@code failures} wrong passwords. */
record LoginLock(Kind kind, String subject, int failures, Instant lockedUntil) {

    enum Kind {
        USER,
        ADDRESS
    }
}
