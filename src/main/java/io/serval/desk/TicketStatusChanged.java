package io.serval.desk;

import java.time.Instant;

public record TicketStatusChanged(long ticketId, String number, TicketStatus from, TicketStatus to, String actor,
        Instant at) {
}
