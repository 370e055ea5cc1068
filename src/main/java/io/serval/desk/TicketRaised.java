package io.serval.desk;

import java.time.Instant;

/** A ticket was raised; measured records start their clocks from here. */
public record TicketRaised(long ticketId, String number, TicketType type, String organisation, String service,
        String priority, Instant at) {
}
