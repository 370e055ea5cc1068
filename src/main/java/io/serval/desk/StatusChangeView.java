package io.serval.desk;

import java.time.Instant;

/** One step of a ticket's status history; {@code from} is null for the raising, {@code comment} the reason given. */
public record StatusChangeView(TicketStatus from, TicketStatus to, String comment, String actor, Instant at) {
}
