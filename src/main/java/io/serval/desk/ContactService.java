package io.serval.desk;

import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.NotFoundException;
import io.serval.core.RoleSets;
import io.serval.core.SystemActor;
import io.serval.desk.internal.ContactLog;
import io.serval.desk.internal.DeskAccess;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Records contacts with customers (calls, e-mails, visits …). An agent on the phone logs the call and opens the
 * ticket it is about in one go: the contact and the ticket are saved together or not at all.
 */
@Service
@Validated
@Transactional
public class ContactService {

    private final ContactLog log;
    private final DeskAccess access;
    private final TicketService tickets;
    private final Clock clock;

    ContactService(ContactLog log, DeskAccess access, TicketService tickets, Clock clock) {
        this.log = log;
        this.access = access;
        this.tickets = tickets;
        this.clock = clock;
    }

    /**
     * Records the contact; with {@code raise}, raises the ticket for the contact's customer and links the two.
     * @throws InvalidInputException naming the fields (those of the new ticket as {@code raise.subject} …)
     */
    @PreAuthorize(RoleSets.DESK_STAFF)
    public ContactView log(@Valid LogContact contact) {
        ContactLog.Who who = log.who(contact);
        if (contact.ticket() != null && contact.raise() != null) {
            throw new InvalidInputException(FieldProblem.of("ticket", "desk.contact.ticketOrRaise",
                    "link an existing ticket or open a new one, not both"));
        }
        Long ticketId = contact.ticket();
        if (ticketId != null) {
            try {
                access.visible(ticketId);
            } catch (NotFoundException unknown) {
                throw new InvalidInputException(FieldProblem.of("ticket", "desk.contact.ticketUnknown",
                        "there is no ticket {0}", ticketId));
            }
        }
        if (contact.raise() != null && who.customer() == null) {
            throw new InvalidInputException(FieldProblem.of("customer", "desk.contact.customerForTicket",
                    "a ticket is raised for a customer with an account: name the customer's user name"));
        }
        var recorded = log.record(contact, who, contact.at() == null ? clock.instant() : contact.at(),
                SystemActor.current());
        if (contact.raise() != null) {
            ticketId = raise(contact.raise(), who.customer()).id();
        }
        return log.link(recorded, ticketId);
    }

    private TicketView raise(LogContact.NewTicket t, String customer) {
        try {
            return tickets.raise(new RaiseTicket(t.type(), t.subject(), t.description(), t.service(), t.impact(),
                    t.urgency(), t.category(), customer));
        } catch (InvalidInputException invalid) {
            List<FieldProblem> problems = invalid.problems().stream().map(p -> "customer".equals(p.field()) ? p
                    : new FieldProblem("raise." + p.field(), p.code(), p.defaultMessage(), p.args())).toList();
            throw new InvalidInputException(problems);
        }
    }
}
