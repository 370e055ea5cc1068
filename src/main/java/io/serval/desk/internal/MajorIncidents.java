package io.serval.desk.internal;

import io.serval.calendar.BusinessCalendar;
import io.serval.calendar.CalendarService;
import io.serval.catalog.ServiceCatalog;
import io.serval.catalog.ServiceView;
import io.serval.core.NotFoundException;
import io.serval.core.Reason;
import io.serval.core.RuleViolationException;
import io.serval.desk.CommentView;
import io.serval.desk.ContactView;
import io.serval.desk.EscalationView;
import io.serval.desk.MajorIncidentView;
import io.serval.desk.MajorIncidentView.AffectedCustomer;
import io.serval.desk.MajorIncidentView.TimelineEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Declares major incidents: by an agent with a reason, or automatically when a P1 is raised on a critical service.
 * A management review is due a number of working days later ({@code serval.desk.review-working-days} of
 * {@code serval.desk.review-calendar}).
 */
@Component
public class MajorIncidents {

    static final String TOP_PRIORITY = "P1";

    private final Tickets tickets;
    private final TicketStatusChanges history;
    private final TicketEscalations escalations;
    private final TicketComments comments;
    private final ContactRecords contacts;
    private final ServiceCatalog catalog;
    private final CalendarService calendars;
    private final DeskProperties properties;
    private final Clock clock;

    MajorIncidents(Tickets tickets, TicketStatusChanges history, TicketEscalations escalations, TicketComments comments,
            ContactRecords contacts, ServiceCatalog catalog, CalendarService calendars, DeskProperties properties,
            Clock clock) {
        this.tickets = tickets;
        this.history = history;
        this.escalations = escalations;
        this.comments = comments;
        this.contacts = contacts;
        this.catalog = catalog;
        this.calendars = calendars;
        this.properties = properties;
        this.clock = clock;
    }

    /** A newly raised P1 on a critical service is a major incident from the start. */
    public Ticket declareIfCritical(Ticket raised, String actor) {
        if (!TOP_PRIORITY.equals(raised.getPriority())
                || !catalog.find(raised.getService()).map(ServiceView::critical).orElse(false)) {
            return raised; // only a P1 needs to know whether its service is critical
        }
        Instant now = clock.instant();
        raised.declareMajor(null, actor, now, reviewDue(now));
        return tickets.saveAndFlush(raised);
    }

    /** @throws RuleViolationException when the ticket is a major incident already */
    public Ticket declare(Ticket ticket, String reason, String actor) {
        Instant now = clock.instant();
        if (!ticket.declareMajor(reason, actor, now, reviewDue(now))) {
            throw new RuleViolationException(Reason.of("desk.major.already", "{0} is a major incident already",
                    ticket.getNumber()));
        }
        return tickets.saveAndFlush(ticket);
    }

    /**
     * The major incident as the desk follows it: status changes, escalations, replies, internal notes and contacts
     * in the order they happened, and the customers affected (who raised it, who called about it).
     * @throws NotFoundException when the ticket is not a major incident
     */
    public MajorIncidentView view(Ticket ticket) {
        if (!ticket.isMajor()) {
            throw new NotFoundException("Major incident", ticket.getId());
        }
        List<TimelineEntry> timeline = new ArrayList<>();
        history.findByTicketIdOrderByChangedAtAscIdAsc(ticket.getId()).forEach(c -> timeline.add(new TimelineEntry(
                c.getChangedAt(), "STATUS", c.getActor(), c.getTo().name(), c.getComment())));
        escalations.findByTicketIdOrderByAtAscIdAsc(ticket.getId()).forEach(e -> {
            EscalationView v = e.view();
            timeline.add(new TimelineEntry(v.at(), "ESCALATION", v.actor(), v.to(), v.reason()));
        });
        comments.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId()).forEach(c -> {
            CommentView v = c.view();
            timeline.add(new TimelineEntry(v.createdAt(), v.internal() ? "NOTE" : "COMMENT", v.author(), null, v.text()));
        });
        Set<AffectedCustomer> affected = new LinkedHashSet<>();
        affected.add(new AffectedCustomer(ticket.getOrganisation(), ticket.getCustomer()));
        contacts.findBySubjectTypeAndSubjectIdOrderByAtAscIdAsc(ContactRecord.TICKET, ticket.getId()).forEach(c -> {
            ContactView v = c.view(ticket.getNumber());
            timeline.add(new TimelineEntry(v.at(), "CONTACT", v.recordedBy(), v.channel().name(), v.summary()));
            affected.add(new AffectedCustomer(v.organisation(), v.who()));
        });
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        return new MajorIncidentView(ticket.view(), ticket.getMajorReason(), ticket.getMajorReason() == null,
                ticket.getMajorDeclaredBy(), ticket.getMajorDeclaredAt(), ticket.getMajorReviewDue(), timeline,
                List.copyOf(affected));
    }

    /** The day the management review is due: so many working days after the declaration's day. */
    LocalDate reviewDue(Instant declared) {
        BusinessCalendar calendar = calendars.calendar(properties.reviewCalendar());
        LocalDate day = LocalDate.ofInstant(declared, calendar.zone());
        for (int left = properties.reviewWorkingDays(); left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(calendar, day)) {
                left--;
            }
        }
        return day;
    }

    private static boolean isWorkingDay(BusinessCalendar calendar, LocalDate day) {
        ZoneId zone = calendar.zone();
        return calendar.nextWorkingInstant(day.atStartOfDay(zone).toInstant())
                .isBefore(day.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
