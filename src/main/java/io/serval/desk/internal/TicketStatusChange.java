package io.serval.desk.internal;

import io.serval.desk.StatusChangeView;
import io.serval.desk.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a ticket's status history, with the comment given for it. */
@Entity
@Table(name = "ticket_status_change")
class TicketStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private TicketStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private TicketStatus to;

    @Column(updatable = false)
    private String comment;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected TicketStatusChange() {
    }

    TicketStatusChange(long ticketId, TicketStatus from, TicketStatus to, String comment, String actor, Instant changedAt) {
        this.ticketId = ticketId;
        this.from = from;
        this.to = to;
        this.comment = comment;
        this.actor = actor;
        this.changedAt = changedAt;
    }

    TicketStatus getFrom() {
        return from;
    }

    TicketStatus getTo() {
        return to;
    }

    String getComment() {
        return comment;
    }

    String getActor() {
        return actor;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    /** The step as the reader sees it: a customer reads the reasons of the moves that concern them only. */
    StatusChangeView view(boolean forDesk) {
        boolean reasonShown = forDesk || TicketLifecycle.customerReadsReason(from, to);
        return new StatusChangeView(from, to, reasonShown ? comment : null, actor, changedAt);
    }
}
