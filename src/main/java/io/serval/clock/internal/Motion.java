package io.serval.clock.internal;

/** What a clock should do now, given the measured record's state. */
public enum Motion {
    RUN,
    PAUSE,
    STOP,
    CANCEL
}
