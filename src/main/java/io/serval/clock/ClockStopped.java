package io.serval.clock;

import java.time.Instant;

/**
 * A clock stopped: met, breached or cancelled. For a breached SLA clock, {@code causeKind} (INTERNAL or SUPPLIER)
 * and {@code causeParty} (the OLA or UC code, or null) say whose the breach was.
 */
public record ClockStopped(long clockId, String recordType, long recordId, String recordNumber, String metric,
        String party, String agreement, String target, String priority, ClockState state, long elapsedSeconds,
        String causeKind, String causeParty, Instant at) {
}
