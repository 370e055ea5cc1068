package io.serval.desk;

import io.serval.agreement.PriorityMatrices;
import io.serval.catalog.ServiceCatalog;
import io.serval.core.FieldProblem;
import io.serval.core.IllegalTransitionException;
import io.serval.core.InvalidInputException;
import io.serval.core.NotFoundException;
import io.serval.core.Reason;
import io.serval.core.RoleSets;
import io.serval.core.SystemActor;
import io.serval.desk.internal.DeskAccess;
import io.serval.desk.internal.MajorIncidents;
import io.serval.desk.internal.TicketLifecycle;
import io.serval.desk.internal.TicketRecords;
import io.serval.desk.internal.Ticket;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationKind;
import io.serval.identity.Role;
import io.serval.identity.UserView;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.multipart.MultipartFile;

/**
 * Changes to tickets: raising them (customers for themselves, the desk for a named customer), moving them along
 * their lifecycle, re-targeting them (priority computed again from the customer's SLA), replies and internal
 * notes, attachments. Customers act only on their organisation's tickets; anyone else's answer 404.
 */
@Service
@Validated
@Transactional
public class TicketService {

    private final TicketRecords records;
    private final DeskAccess access;
    private final IdentityService identity;
    private final ServiceCatalog catalog;
    private final PriorityMatrices priorities;
    private final MajorIncidents majorIncidents;
    private final Clock clock;

    TicketService(TicketRecords records, DeskAccess access, IdentityService identity, ServiceCatalog catalog,
            PriorityMatrices priorities, MajorIncidents majorIncidents, Clock clock) {
        this.majorIncidents = majorIncidents;
        this.records = records;
        this.access = access;
        this.identity = identity;
        this.catalog = catalog;
        this.priorities = priorities;
        this.clock = clock;
    }

    @PreAuthorize(RoleSets.TICKET_RAISERS)
    public TicketView raise(@Valid RaiseTicket command) {
        return raised(command).view();
    }

    /**
     * A new ticket with a file attached, in one go: a file that is refused (too large, a refused type) raises
     * no ticket either.
     */
    @PreAuthorize(RoleSets.TICKET_RAISERS)
    public TicketView raise(@Valid RaiseTicket command, MultipartFile file) {
        Ticket ticket = raised(command);
        if (file != null && !file.isEmpty()) {
            records.attach(ticket, file, SystemActor.current(), clock.instant());
        }
        return ticket.view();
    }

    private Ticket raised(RaiseTicket command) {
        Customer customer = customerOf(command);
        if (!catalog.exists(command.service())) {
            throw new InvalidInputException(FieldProblem.of("service", "desk.service.unknown",
                    "there is no service ''{0}''", command.service()));
        }
        PriorityMatrices.Priority priority = priorities.find(customer.organisation(), command.service(),
                command.impact().name(), command.urgency().name(), today());
        Ticket ticket = records.raise(command, customer.username(), customer.organisation(), priority.priority(),
                priority.agreement(), clock.instant());
        return majorIncidents.declareIfCritical(ticket, SystemActor.NAME); // a P1 on a critical service
    }

    /** A new impact, urgency, service or category (desk only): the priority is computed again. */
    @PreAuthorize(RoleSets.DESK_STAFF)
    public TicketView change(long id, @Valid TicketChange change) {
        Ticket ticket = access.visible(id);
        if (change.version() != null) {
            ticket.checkVersion(change.version());
        }
        String service = change.service() == null ? ticket.getService() : change.service().trim();
        if (!catalog.exists(service)) {
            throw new InvalidInputException(FieldProblem.of("service", "desk.service.unknown",
                    "there is no service ''{0}''", service));
        }
        Severity impact = change.impact() == null ? ticket.getImpact() : change.impact();
        Severity urgency = change.urgency() == null ? ticket.getUrgency() : change.urgency();
        String category = change.category() == null ? ticket.getCategory()
                : change.category().isBlank() ? null : change.category().trim();
        PriorityMatrices.Priority priority = priorities.find(ticket.getOrganisation(), service, impact.name(),
                urgency.name(), today());
        return records.retarget(ticket, service, category, impact, urgency, priority.priority(), priority.agreement(),
                clock.instant()).view();
    }

    /**
     * Moves the ticket to {@code to}: the desk along the whole lifecycle, a customer only to confirm a resolution
     * (closed) or to reopen it (in progress, with a reason).
     * @throws IllegalTransitionException (409) when the ticket's status does not allow the move for the caller
     */
    @PreAuthorize(RoleSets.TICKET_RAISERS)
    public TicketView transition(long id, @Valid Transition move) {
        Ticket ticket = access.visible(id);
        TicketLifecycle.Mover mover = access.isDesk() ? TicketLifecycle.Mover.DESK : TicketLifecycle.Mover.CUSTOMER;
        if (!TicketLifecycle.allows(ticket.getStatus(), move.to(), mover)) {
            throw new IllegalTransitionException(Reason.of("desk.transition.illegal",
                    "ticket {0} is {1}: it can move to {2}, not to {3}", ticket.getNumber(),
                    statusWord(ticket.getStatus()), allowedWords(ticket, mover), statusWord(move.to())));
        }
        if (TicketLifecycle.needsReason(ticket.getStatus(), move.to()) && (move.comment() == null || move.comment().isBlank())) {
            throw new InvalidInputException(FieldProblem.of("comment", "desk.transition.reason",
                    "say why the ticket is {0}", statusWord(move.to())));
        }
        String group = move.group();
        String assignee = move.assignee();
        if (move.to() == TicketStatus.ASSIGNED || move.to() == TicketStatus.IN_PROGRESS && ticket.getAssignee() == null) {
            // taking a ticket without naming anyone: the caller takes it, in their own team
            if (assignee == null && group == null) {
                assignee = SystemActor.current();
                group = access.organisationCode();
            }
            access.checkAssignable(group, assignee);
            boolean escalation = group != null && ticket.getAssignmentGroup() != null
                    && !group.equals(ticket.getAssignmentGroup());
            if (escalation && (move.comment() == null || move.comment().isBlank())) {
                throw new InvalidInputException(FieldProblem.of("comment", "desk.escalation.reasonRequired",
                        "say why the ticket goes to {0}", group));
            }
        }
        String supplier = move.to() == TicketStatus.PENDING_SUPPLIER ? supplierOf(move) : null;
        return records.move(ticket, move.to(), move.comment(), group, assignee, supplier, SystemActor.current(),
                clock.instant()).view();
    }

    /** The supplier named for a pending-supplier move: a provider organisation, or none named. */
    private String supplierOf(Transition move) {
        if (move.supplier() == null || move.supplier().isBlank()) {
            return null;
        }
        String code = move.supplier().trim();
        if (identity.findOrganisation(code).filter(o -> o.kind() == OrganisationKind.PROVIDER).isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("supplier", "desk.supplier.unknown",
                    "there is no supplier ''{0}''", code));
        }
        return code;
    }

    @PreAuthorize(RoleSets.TICKET_RAISERS)
    public CommentView comment(long id, @Valid NewComment comment) {
        Ticket ticket = access.visible(id);
        if (comment.internal() && !access.isDesk()) {
            throw new InvalidInputException(FieldProblem.of("internal", "desk.comment.internalForDesk",
                    "only the service desk writes internal notes"));
        }
        return records.comment(ticket, comment.text().strip(), comment.internal(), access.isDesk(), SystemActor.current(),
                clock.instant());
    }

    /** A reply or internal note with a file attached, in one go: a refused file saves neither. */
    @PreAuthorize(RoleSets.TICKET_RAISERS)
    public CommentView comment(long id, @Valid NewComment comment, MultipartFile file) {
        CommentView written = comment(id, comment);
        if (file != null && !file.isEmpty()) {
            records.attach(access.visible(id), file, SystemActor.current(), clock.instant());
        }
        return written;
    }

    @PreAuthorize(RoleSets.TICKET_RAISERS)
    public AttachmentView attach(long id, MultipartFile file) {
        Ticket ticket = access.visible(id);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("file", "desk.attachment.empty", "choose a file to attach"));
        }
        return records.attach(ticket, file, SystemActor.current(), clock.instant());
    }

    /** Whom a ticket is raised for, and their organisation. */
    private record Customer(String username, String organisation) {
    }

    private Customer customerOf(RaiseTicket command) {
        if (!access.isDesk()) {
            String self = SystemActor.current();
            if (command.customer() != null && !command.customer().isBlank() && !command.customer().trim().equals(self)) {
                throw new InvalidInputException(FieldProblem.of("customer", "desk.customer.self",
                        "customers raise tickets for themselves"));
            }
            // the caller as this request authenticated them (their organisation is checked on every request)
            String organisation = access.organisationCode();
            return organisation != null ? new Customer(self, organisation)
                    : new Customer(self, identity.user(self).organisation());
        }
        if (command.customer() == null || command.customer().isBlank()) {
            throw new InvalidInputException(FieldProblem.of("customer", "desk.customer.required",
                    "name the customer (user name) the ticket is for"));
        }
        UserView customer;
        try {
            customer = identity.user(command.customer().trim());
        } catch (NotFoundException unknown) {
            throw new InvalidInputException(FieldProblem.of("customer", "desk.customer.unknown",
                    "there is no customer ''{0}''", command.customer()));
        }
        boolean isCustomer = customer.roles().contains(Role.CUSTOMER) && identity.findOrganisation(customer.organisation())
                .filter(o -> o.kind() == OrganisationKind.CUSTOMER).isPresent();
        if (!isCustomer) {
            throw new InvalidInputException(FieldProblem.of("customer", "desk.customer.unknown",
                    "there is no customer ''{0}''", command.customer()));
        }
        return new Customer(customer.username(), customer.organisation());
    }

    private static Reason statusWord(TicketStatus status) {
        return Reason.of("desk.status." + status.name(), status.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** The statuses the caller may move to, as one phrase ("assigned, in progress or resolved"). */
    private static Reason allowedWords(Ticket ticket, TicketLifecycle.Mover mover) {
        List<Reason> words = TicketLifecycle.allowed(ticket.getStatus(), mover).stream().map(TicketService::statusWord).toList();
        if (words.isEmpty()) {
            return Reason.of("desk.status.none", "no other status");
        }
        Reason phrase = words.get(words.size() - 1);
        for (int i = words.size() - 2; i >= 0; i--) {
            phrase = Reason.of(i == words.size() - 2 ? "desk.words.or" : "desk.words.list",
                    i == words.size() - 2 ? "{0} or {1}" : "{0}, {1}", words.get(i), phrase);
        }
        return phrase;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
