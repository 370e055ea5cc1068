package io.serval.desk.internal;

import io.serval.desk.EscalationKind;
import io.serval.desk.EscalationView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An escalation on a ticket's record: to a group (functional) or a management level (hierarchical). */
@Entity
@Table(name = "ticket_escalation")
class TicketEscalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EscalationKind kind;

    @Column(name = "from_group", updatable = false)
    private String fromGroup;

    @Column(name = "to_target", nullable = false, updatable = false)
    private String to;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "escalated_at", nullable = false, updatable = false)
    private Instant at;

    protected TicketEscalation() {
    }

    TicketEscalation(long ticketId, EscalationKind kind, String fromGroup, String to, String reason, String actor,
            Instant at) {
        this.ticketId = ticketId;
        this.kind = kind;
        this.fromGroup = fromGroup;
        this.to = to;
        this.reason = reason;
        this.actor = actor;
        this.at = at;
    }

    EscalationView view() {
        return new EscalationView(id, kind, fromGroup, to, reason, actor, at);
    }
}
