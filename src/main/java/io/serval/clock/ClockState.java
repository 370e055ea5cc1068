package io.serval.clock;

/** Where a clock stands: running or paused while the record is open; met, breached or cancelled once stopped. */
public enum ClockState {
    RUNNING,
    PAUSED,
    MET,
    BREACHED,
    CANCELLED;

    public boolean stopped() {
        return this == MET || this == BREACHED || this == CANCELLED;
    }
}
