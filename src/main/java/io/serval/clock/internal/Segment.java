package io.serval.clock.internal;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of a clock's life: running or paused from {@code from} until {@code to} (null while it lasts), and why
 * it began (a message key's last part, e.g. {@code PENDING_CUSTOMER}, {@code REOPENED}).
 */
public record Segment(boolean running, Instant from, Instant to, String reason) {

    public Segment {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a segment cannot end before it begins: " + from + " > " + to);
        }
    }

    public boolean open() {
        return to == null;
    }

    Segment endAt(Instant at) {
        return new Segment(running, from, at, reason);
    }
}
