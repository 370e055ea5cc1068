package io.serval.desk;

import java.time.Instant;

/**
 * A ticket as its reader may see it; {@code major} when it is a major incident; {@code respondedAt} its first
 * response; {@code supplier} the supplier it waits for, or last waited for.
 */
public record TicketView(
        long id,
        String number,
        TicketType type,
        String subject,
        String description,
        String organisation,
        String customer,
        String service,
        String category,
        Severity impact,
        Severity urgency,
        String priority,
        String prioritySource,
        TicketStatus status,
        String assignmentGroup,
        String assignee,
        Instant createdAt,
        Instant updatedAt,
        Instant resolvedAt,
        Instant closedAt,
        long version,
        boolean major,
        Instant respondedAt,
        String supplier) {
}
