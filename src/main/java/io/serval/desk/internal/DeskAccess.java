package io.serval.desk.internal;

import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.NotFoundException;
import io.serval.core.RoleSets;
import io.serval.identity.CurrentUser;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationKind;
import io.serval.identity.ServalPrincipal;
import io.serval.identity.UserView;
import org.springframework.stereotype.Component;

/**
 * Who may see which ticket: the desk every ticket, a customer its organisation's, anyone else none. A ticket
 * one may not see is answered as not found (404), never as forbidden, so that ids cannot be probed.
 */
@Component
public class DeskAccess {

    private final CurrentUser currentUser;
    private final IdentityService identity;
    private final Tickets tickets;

    DeskAccess(CurrentUser currentUser, IdentityService identity, Tickets tickets) {
        this.currentUser = currentUser;
        this.identity = identity;
        this.tickets = tickets;
    }

    public boolean isDesk() {
        return currentUser.satisfies(RoleSets.DESK_STAFF);
    }

    /** The organisation whose tickets the caller sees; null for all (the desk); "" for none. */
    public String visibleOrganisation() {
        if (isDesk()) {
            return null;
        }
        return currentUser.principal().filter(p -> p.getOrganisationKind() == OrganisationKind.CUSTOMER)
                .map(ServalPrincipal::getOrganisationCode).orElse("");
    }

    public String organisationCode() {
        return currentUser.principal().map(ServalPrincipal::getOrganisationCode).orElse(null);
    }

    /** @throws NotFoundException when there is no such ticket or the caller may not see it */
    public Ticket visible(long id) {
        return tickets.findVisible(id, visibleOrganisation()).orElseThrow(() -> new NotFoundException("Ticket", id));
    }

    /** A support group is an internal team; an assignee a member of it. */
    public void checkAssignable(String group, String assignee) {
        if (group != null && identity.findOrganisation(group).filter(o -> o.kind() == OrganisationKind.INTERNAL).isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("group", "desk.group.unknown",
                    "there is no support group ''{0}''", group));
        }
        if (assignee != null) {
            UserView person;
            try {
                person = identity.user(assignee);
            } catch (NotFoundException unknown) {
                throw new InvalidInputException(FieldProblem.of("assignee", "desk.assignee.unknown",
                        "there is no member of staff ''{0}''", assignee));
            }
            if (group != null && !group.equals(person.organisation())) {
                throw new InvalidInputException(FieldProblem.of("assignee", "desk.assignee.notInGroup",
                        "{0} is not a member of {1}", assignee, group));
            }
            if (identity.findOrganisation(person.organisation()).filter(o -> o.kind() == OrganisationKind.INTERNAL).isEmpty()) {
                throw new InvalidInputException(FieldProblem.of("assignee", "desk.assignee.unknown",
                        "there is no member of staff ''{0}''", assignee));
            }
        }
    }
}
