package io.serval.desk;

/** Where a ticket stands; the moves between them are {@code internal.TicketLifecycle}'s. */
public enum TicketStatus {
    NEW,
    ASSIGNED,
    IN_PROGRESS,
    PENDING_CUSTOMER,
    PENDING_SUPPLIER,
    RESOLVED,
    CLOSED,
    REJECTED
}
