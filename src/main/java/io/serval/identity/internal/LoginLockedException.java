package io.serval.identity.internal;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Too many wrong passwords for this user name or from this address: no login, not even a right one, until {@link #until()}. */
class LoginLockedException extends LockedException {

    private final Instant until;

    LoginLockedException(Instant until) {
        super("too many failed logins; locked until " + until);
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
