package io.serval.desk;

import java.time.Instant;

/**
 * Where a ticket stands after a change that matters to its measurement (raised, moved, reassigned, re-targeted,
 * first responded to), published after the change's own events in the same transaction: the SLA clocks follow
 * tickets by this alone. {@code supplier}: the supplier awaited while pending one, else null; {@code resolvedAt}
 * null for a ticket closed without a resolution (rejected, then closed).
 */
public record TicketMeasured(long ticketId, String number, TicketType type, String organisation, String service,
        String priority, TicketStatus status, String assignmentGroup, String assignee, String supplier, Instant respondedAt,
        Instant resolvedAt, Instant at) {
}
