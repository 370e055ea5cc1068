package io.serval.desk.internal;

import io.serval.agreement.ServiceHours;
import io.serval.calendar.BusinessCalendar;
import io.serval.calendar.CalendarService;
import io.serval.core.SystemActor;
import io.serval.desk.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resolution the customer neither confirms nor disputes counts as accepted after
 * {@code serval.desk.auto-close-working-days} working days (default 3) on the customer's SLA calendar for the
 * service (the built-in "cn-standard" when no SLA covers them): the ticket closes, by "system", on its record.
 * A customer's reply after the resolution keeps the ticket open for the desk to answer.
 */
@Component
class ResolvedTicketClosing {

    private static final Logger log = LoggerFactory.getLogger(ResolvedTicketClosing.class);
    static final String FALLBACK_CALENDAR = "cn-standard";

    private final Tickets tickets;
    private final TicketComments comments;
    private final TicketRecords records;
    private final ServiceHours serviceHours;
    private final CalendarService calendars;
    private final DeskProperties properties;
    private final Clock clock;

    ResolvedTicketClosing(Tickets tickets, TicketComments comments, TicketRecords records, ServiceHours serviceHours,
            CalendarService calendars, DeskProperties properties, Clock clock) {
        this.tickets = tickets;
        this.comments = comments;
        this.records = records;
        this.serviceHours = serviceHours;
        this.calendars = calendars;
        this.properties = properties;
        this.clock = clock;
    }

    /** Closes every resolution that is due to be accepted now; returns how many. */
    @Transactional
    public int closeAccepted() {
        Instant now = clock.instant();
        int closed = 0;
        Map<String, BusinessCalendar> calendarOf = new HashMap<>(); // per customer and service: one lookup each
        // a resolution younger than a day cannot have had a whole working day yet
        for (Ticket ticket : tickets.findByStatusAndResolvedAtBeforeOrderByResolvedAt(TicketStatus.RESOLVED, now.minus(Duration.ofDays(1)))) {
            if (comments.existsByTicketIdAndAuthorAndCreatedAtAfter(ticket.getId(), ticket.getCustomer(), ticket.getResolvedAt())) {
                continue;
            }
            BusinessCalendar calendar = calendarOf.computeIfAbsent(ticket.getOrganisation() + "/" + ticket.getService(),
                    key -> calendars.calendar(serviceHours.calendar(ticket.getOrganisation(), ticket.getService(),
                            LocalDate.now(clock)).orElse(FALLBACK_CALENDAR)));
            if (!now.isBefore(calendar.endOfWorkingDaysAfter(ticket.getResolvedAt(), properties.autoCloseWorkingDays()))) {
                records.move(ticket, TicketStatus.CLOSED, "desk.autoClosed", null, null, null, SystemActor.NAME, now);
                closed++;
            }
        }
        if (closed > 0) {
            log.info("Closed {} resolved tickets nobody answered within {} working days", closed, properties.autoCloseWorkingDays());
        }
        return closed;
    }
}
