package io.serval.clock.internal;

import io.serval.agreement.Metric;
import io.serval.desk.TicketHistoryLoaded;
import io.serval.desk.TicketMeasured;
import io.serval.desk.TicketStatus;
import io.serval.desk.TicketType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The tickets' feed: each {@link TicketMeasured} the desk publishes becomes a measured record for the keeper, in
 * the desk's own transaction, so a ticket and its clocks never disagree. Incidents are measured by response and
 * resolution, service requests by response and turnaround, enquiries by response and resolution, suggestions by
 * response. Tickets loaded with their history at once ({@link TicketHistoryLoaded}, the demo's) are replayed step by
 * step, each at its own instant.
 */
@Component
class TicketClocks {

    static final String RECORD_TYPE = "TICKET";

    private final ClockKeeper keeper;

    TicketClocks(ClockKeeper keeper) {
        this.keeper = keeper;
    }

    @EventListener
    void on(TicketMeasured ticket) {
        keeper.observe(record(ticket));
    }

    /** Tickets loaded with their history: each ticket's steps replayed in order, each at its own instant. */
    @EventListener
    void on(TicketHistoryLoaded loaded) {
        Map<Long, List<MeasuredRecord>> tickets = new LinkedHashMap<>();
        for (TicketMeasured step : loaded.steps()) {
            tickets.computeIfAbsent(step.ticketId(), id -> new ArrayList<>()).add(record(step));
        }
        keeper.replay(List.copyOf(tickets.values()));
    }

    private static MeasuredRecord record(TicketMeasured ticket) {
        return new MeasuredRecord(RECORD_TYPE, ticket.ticketId(), ticket.number(), ticket.organisation(),
                ticket.service(), ticket.priority(), ticket.assignmentGroup(), ticket.assignee(), metrics(ticket.type()),
                new RecordSnapshot(phase(ticket), ticket.respondedAt() != null, ticket.assignmentGroup(), ticket.supplier()),
                ticket.at());
    }

    static List<Metric> metrics(TicketType type) {
        return switch (type) {
            case INCIDENT, ENQUIRY -> List.of(Metric.RESPONSE, Metric.RESOLUTION);
            case SERVICE_REQUEST -> List.of(Metric.RESPONSE, Metric.REQUEST_TURNAROUND);
            case SUGGESTION -> List.of(Metric.RESPONSE);
        };
    }

    static Phase phase(TicketMeasured ticket) {
        TicketStatus status = ticket.status();
        return switch (status) {
            case NEW, ASSIGNED, IN_PROGRESS, REJECTED -> Phase.OPEN;
            case PENDING_CUSTOMER -> Phase.PENDING_CUSTOMER;
            case PENDING_SUPPLIER -> Phase.PENDING_SUPPLIER;
            case RESOLVED -> Phase.RESOLVED;
            case CLOSED -> ticket.resolvedAt() == null ? Phase.CANCELLED : Phase.CLOSED;
        };
    }
}
