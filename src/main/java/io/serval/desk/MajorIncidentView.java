package io.serval.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A major incident: its ticket, why and by whom it was declared ({@code reason} null when automatic), the
 * management review due, what happened (status changes, escalations, comments, contacts; oldest first) and the
 * customers affected.
 */
public record MajorIncidentView(TicketView ticket, String reason, boolean automatic, String declaredBy,
        Instant declaredAt, LocalDate reviewDue, List<TimelineEntry> timeline, List<AffectedCustomer> affectedCustomers) {

    /** One thing that happened: {@code kind} STATUS, ESCALATION, COMMENT, NOTE or CONTACT, with what it said. */
    public record TimelineEntry(Instant at, String kind, String actor, String what, String text) {
    }

    /** A customer who raised the ticket or contacted the desk about it. */
    public record AffectedCustomer(String organisation, String who) {
    }
}
