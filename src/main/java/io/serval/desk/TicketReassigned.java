package io.serval.desk;

import java.time.Instant;

/** Another support group or person took the ticket over (an assignment or a functional escalation). */
public record TicketReassigned(long ticketId, String number, String fromGroup, String toGroup, String fromAssignee,
        String toAssignee, Instant at) {
}
