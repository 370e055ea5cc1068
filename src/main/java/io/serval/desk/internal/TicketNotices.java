package io.serval.desk.internal;

import io.serval.desk.EscalationKind;
import io.serval.desk.MajorIncidentDeclared;
import io.serval.desk.TicketEscalated;
import io.serval.desk.TicketReassigned;
import io.serval.desk.TicketStatusChanged;
import io.serval.identity.IdentityService;
import io.serval.identity.Role;
import io.serval.notify.Notice;
import io.serval.notify.NoticeKind;
import io.serval.notify.Notifications;
import java.util.List;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of what happens to a ticket: the customer of status changes and of replies, a member of staff of the
 * tickets assigned to them. Runs in the transaction of the change, so a notice exists exactly when the change
 * does; the mail itself leaves later through the outbox. Nobody is told of their own doing.
 */
@Component
class TicketNotices {

    private final Tickets tickets;
    private final SupportGroupEntries groups;
    private final IdentityService identity;
    private final Notifications notifications;

    TicketNotices(Tickets tickets, SupportGroupEntries groups, IdentityService identity, Notifications notifications) {
        this.tickets = tickets;
        this.groups = groups;
        this.identity = identity;
        this.notifications = notifications;
    }

    @EventListener
    void statusChanged(TicketStatusChanged changed) {
        tickets.findVisible(changed.ticketId(), null).filter(t -> !t.getCustomer().equals(changed.actor()))
                .ifPresent(t -> notifications.send(Notice.to(t.getCustomer(), NoticeKind.TICKET_STATUS_CHANGED)
                        .with("number", t.getNumber()).with("subject", t.getSubject())
                        .withKey("status", "desk.status." + changed.to().name())
                        .link(link(t)).byEmail().build()));
    }

    @EventListener
    void reassigned(TicketReassigned reassigned) {
        if (reassigned.toAssignee() == null || Objects.equals(reassigned.toAssignee(), reassigned.fromAssignee())) {
            return;
        }
        tickets.findVisible(reassigned.ticketId(), null).filter(t -> !reassigned.toAssignee().equals(t.getUpdatedBy()))
                .ifPresent(t -> notifications.send(Notice.to(reassigned.toAssignee(), NoticeKind.TICKET_ASSIGNED)
                        .with("number", t.getNumber()).with("subject", t.getSubject()).with("priority", t.getPriority())
                        .with("group", Objects.toString(reassigned.toGroup(), "")).link(link(t)).byEmail().build()));
    }

    /** Every duty manager hears of a major incident at once, in the inbox and by e-mail. */
    @EventListener
    void majorIncident(MajorIncidentDeclared declared) {
        tickets.findVisible(declared.ticketId(), null).ifPresent(t -> identity.holdersOf(Role.DUTY_MANAGER).forEach(duty ->
                notifications.send(Notice.to(duty, NoticeKind.TICKET_MAJOR_INCIDENT).with("number", t.getNumber())
                        .with("subject", t.getSubject()).with("priority", t.getPriority()).with("service", t.getService())
                        .link("/desk/major/" + t.getId()).byEmail().build())));
    }

    /**
     * An escalation reaches whom it names: the lead of the group a functional escalation hands the ticket to, or
     * every holder of the role a hierarchical one goes up to.
     */
    @EventListener
    void escalated(TicketEscalated escalated) {
        tickets.findVisible(escalated.ticketId(), null).ifPresent(t -> {
            List<String> recipients = escalated.kind() == EscalationKind.HIERARCHICAL
                    ? identity.holdersOf(Role.valueOf(escalated.to()))
                    : groups.findById(escalated.to()).map(SupportGroupEntry::getLead).filter(Objects::nonNull).stream().toList();
            recipients.stream().filter(r -> !r.equals(escalated.actor())).forEach(r -> notifications.send(
                    Notice.to(r, NoticeKind.TICKET_ESCALATED).with("number", t.getNumber()).with("subject", t.getSubject())
                            .with("priority", t.getPriority()).with("group", escalated.to())
                            .with("reason", Objects.toString(escalated.reason(), "")).link(link(t)).byEmail().build()));
        });
    }

    /** The customer hears of a reply the desk wrote for them (an internal note stays internal). */
    void replied(Ticket ticket, String author) {
        if (!ticket.getCustomer().equals(author)) {
            notifications.send(Notice.to(ticket.getCustomer(), NoticeKind.TICKET_REPLIED)
                    .with("number", ticket.getNumber()).with("subject", ticket.getSubject()).with("author", author)
                    .link(link(ticket)).byEmail().build());
        }
    }

    static String link(Ticket ticket) {
        return "/tickets/" + ticket.getId();
    }
}
