package io.serval.clock.internal;

/**
 * Where a measured record stands, as far as clocks care: a ticket's eight statuses (a work order's, a
 * complaint's) come down to these. {@code CANCELLED}: closed without being handled (a rejected ticket closed).
 */
public enum Phase {
    OPEN,
    PENDING_CUSTOMER,
    PENDING_SUPPLIER,
    RESOLVED,
    CLOSED,
    CANCELLED
}
