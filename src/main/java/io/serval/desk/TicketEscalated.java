package io.serval.desk;

import java.time.Instant;

/** A ticket was escalated: functionally to the group {@code to}, or hierarchically to the level {@code to}. */
public record TicketEscalated(long ticketId, String number, EscalationKind kind, String fromGroup, String to,
        String reason, String actor, Instant at) {
}
