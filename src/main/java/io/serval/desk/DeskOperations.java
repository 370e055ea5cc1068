package io.serval.desk;

import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.RoleSets;
import io.serval.core.SystemActor;
import io.serval.desk.internal.DeskAccess;
import io.serval.desk.internal.DutyWatch;
import io.serval.desk.internal.Escalations;
import io.serval.desk.internal.MajorIncidents;
import io.serval.desk.internal.SupportTiers;
import io.serval.desk.internal.Ticket;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Running the desk: escalating tickets functionally (to another support group, which takes the ticket over) and
 * hierarchically (to the duty manager or the service level manager), major incidents, and the duty manager's view.
 */
@Service
@Validated
@Transactional
public class DeskOperations {

    private final DeskAccess access;
    private final TicketService tickets;
    private final Escalations escalations;
    private final SupportTiers tiers;
    private final MajorIncidents majorIncidents;
    private final DutyWatch duty;

    DeskOperations(DeskAccess access, TicketService tickets, Escalations escalations, SupportTiers tiers,
            MajorIncidents majorIncidents, DutyWatch duty) {
        this.duty = duty;
        this.access = access;
        this.tickets = tickets;
        this.escalations = escalations;
        this.tiers = tiers;
        this.majorIncidents = majorIncidents;
    }

    /**
     * Escalates the ticket, on its record and as {@link TicketEscalated}. A functional escalation assigns the ticket
     * to the group's queue as any assignment does (and is refused, 409, where the ticket cannot be assigned).
     */
    @PreAuthorize(RoleSets.DESK_STAFF)
    public EscalationView escalate(long id, @Valid Escalation escalation) {
        Ticket ticket = access.visible(id);
        String fromGroup = ticket.getAssignmentGroup();
        String to;
        if (escalation.kind() == EscalationKind.FUNCTIONAL) {
            String group = escalation.group() == null ? null : escalation.group().trim();
            if (!tiers.isGroup(group)) {
                throw new InvalidInputException(FieldProblem.of("group", "desk.group.unknown",
                        "there is no support group ''{0}''", escalation.group() == null ? "" : escalation.group()));
            }
            tickets.transition(id, new Transition(TicketStatus.ASSIGNED, escalation.reason(), null, group));
            to = group;
        } else {
            if (escalation.to() == null) {
                throw new InvalidInputException(FieldProblem.of("to", "desk.escalation.toRequired",
                        "say whom to escalate to: the duty manager or the service level manager"));
            }
            to = escalation.to().name();
        }
        return escalations.record(access.visible(id), escalation.kind(), fromGroup, to, escalation.reason().strip(),
                SystemActor.current());
    }

    @PreAuthorize(RoleSets.DESK_STAFF)
    public List<EscalationView> escalations(long id) {
        return escalations.of(access.visible(id));
    }

    /** @throws io.serval.core.RuleViolationException (422) when the ticket is a major incident already */
    @PreAuthorize(RoleSets.DESK_STAFF)
    public TicketView declareMajor(long id, @Valid DeclareMajor declaration) {
        return majorIncidents.declare(access.visible(id), declaration.reason().strip(), SystemActor.current()).view();
    }

    /** The major incident with its timeline; not found unless the ticket is one. */
    @PreAuthorize(RoleSets.DESK_STAFF)
    @Transactional(readOnly = true)
    public MajorIncidentView majorIncident(long id) {
        return majorIncidents.view(access.visible(id));
    }

    @PreAuthorize(RoleSets.DUTY_MANAGERS)
    @Transactional(readOnly = true)
    public DutyView duty() {
        return duty.view();
    }
}
