package io.serval.desk.internal;

import io.serval.desk.DutyView;
import io.serval.desk.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.springframework.stereotype.Component;

/** The duty manager's watch list: unaccepted tickets (by {@link UnacceptedRule}), rejected ones, open major incidents. */
@Component
public class DutyWatch {

    private final Tickets tickets;
    private final UnacceptedRule rule;
    private final Clock clock;

    DutyWatch(Tickets tickets, DeskProperties properties, Clock clock) {
        this.tickets = tickets;
        this.rule = new UnacceptedRule(properties.unacceptedAfter());
        this.clock = clock;
    }

    public DutyView view() {
        Instant before = rule.raisedBefore(clock.instant());
        return new DutyView(before,
                tickets.findTop200ByStatusAndCreatedAtLessThanEqualOrderByCreatedAtAsc(TicketStatus.NEW, before).stream()
                        .map(Ticket::view).toList(),
                tickets.findTop200ByStatusOrderByUpdatedAtDesc(TicketStatus.REJECTED).stream().map(Ticket::view).toList(),
                tickets.findTop200ByMajorTrueAndStatusNotInOrderByCreatedAtDesc(
                        EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED)).stream().map(Ticket::view).toList());
    }
}
