package io.serval.desk.internal;

import io.serval.desk.EscalationKind;
import io.serval.desk.EscalationView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Puts escalations on the ticket's record and announces them ({@link io.serval.desk.TicketEscalated}). */
@Component
public class Escalations {

    private final TicketEscalations escalations;
    private final Tickets tickets;
    private final Clock clock;

    Escalations(TicketEscalations escalations, Tickets tickets, Clock clock) {
        this.escalations = escalations;
        this.tickets = tickets;
        this.clock = clock;
    }

    public EscalationView record(Ticket ticket, EscalationKind kind, String fromGroup, String to, String reason,
            String actor) {
        Instant at = clock.instant();
        TicketEscalation saved = escalations.save(new TicketEscalation(ticket.getId(), kind, fromGroup, to, reason, actor, at));
        ticket.escalated(kind, fromGroup, to, reason, actor, at);
        tickets.saveAndFlush(ticket);
        return saved.view();
    }

    public List<EscalationView> of(Ticket ticket) {
        return escalations.findByTicketIdOrderByAtAscIdAsc(ticket.getId()).stream().map(TicketEscalation::view).toList();
    }
}
