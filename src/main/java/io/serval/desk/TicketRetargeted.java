package io.serval.desk;

import java.time.Instant;

/** The ticket's service, customer or priority changed: what it is measured against changes with it. */
public record TicketRetargeted(long ticketId, String number, String organisation, String service, String priority,
        Instant at) {
}
