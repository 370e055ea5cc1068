package io.serval.clock;

import java.time.Instant;

/**
 * A clock reached a threshold of its target ({@code percent}; 100 is the breach), fired once per clock (and round,
 * should a change withdraw it). {@code party}: SLA, or the OLA/UC code of a per-team or supplier clock.
 */
public record ClockThresholdReached(long clockId, String recordType, long recordId, String recordNumber,
        String metric, String party, String agreement, String target, String priority, int percent, Instant due,
        Instant at) {

    public boolean breach() {
        return percent >= 100;
    }
}
