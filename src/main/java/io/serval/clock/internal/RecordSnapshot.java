package io.serval.clock.internal;

/**
 * A measured record as its clocks see it after a change: its phase, whether the customer has had a response, the
 * team it sits with and the supplier it waits for (while pending a supplier).
 */
public record RecordSnapshot(Phase phase, boolean responded, String group, String supplier) {
}
