package io.serval.clock;

import io.serval.agreement.AgreementQueries;
import io.serval.agreement.AgreementType;
import io.serval.agreement.AgreementView;
import io.serval.clock.internal.ClockReading;
import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.NotFoundException;
import io.serval.core.RoleSets;
import io.serval.core.ServalProperties;
import io.serval.desk.TicketQueries;
import io.serval.identity.CurrentUser;
import io.serval.identity.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads clocks. A ticket's clocks for whoever may see the ticket (404 otherwise, as for the ticket); customers see
 * only the SLA's clocks, never the provider's internal (OLA) or supplier (UC) ones. The running clocks nearest
 * their breach for the desk; how an agreement's targets fared in a period for staff, and for a customer the SLA
 * they may see.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ClockQueries {

    private final TicketQueries tickets;
    private final AgreementQueries agreements;
    private final ClockReading reading;
    private final CurrentUser currentUser;
    private final ServalProperties serval;

    ClockQueries(TicketQueries tickets, AgreementQueries agreements, ClockReading reading, CurrentUser currentUser,
            ServalProperties serval) {
        this.tickets = tickets;
        this.agreements = agreements;
        this.reading = reading;
        this.currentUser = currentUser;
        this.serval = serval;
    }

    /** The clocks of ticket {@code id}, SLA clocks first. */
    public List<ClockView> ofTicket(long id) {
        tickets.get(id); // 404 for a ticket the caller may not see
        boolean staff = currentUser.satisfies(RoleSets.DESK_STAFF);
        return reading.ofRecord("TICKET", id).stream().filter(c -> staff || "SLA".equals(c.partyKind()))
                .map(c -> staff ? c : c.withoutInternalParties()).toList();
    }

    /**
     * The running clocks matching {@code filter}, by default the one whose time runs out first first (those already
     * over their target lead); sort properties: {@code due}, {@code number}, {@code customer}, {@code group},
     * {@code priority}, {@code metric}, {@code party}.
     */
    @PreAuthorize(RoleSets.DESK_STAFF)
    public Page<ClockView> nearBreach(NearBreachFilter filter, Pageable page) {
        return reading.nearBreach(filter, page);
    }

    /** The priorities, metrics and parties the running clocks have: what the near-breach filters can choose. */
    @PreAuthorize(RoleSets.DESK_STAFF)
    public NearBreachFilter.Choices nearBreachChoices() {
        return reading.runningValues();
    }

    /**
     * How each target of agreement {@code code} fared from {@code from} to {@code to} (whole days in the configured
     * zone, both included): for an SLA its clocks, for an OLA or UC the clocks of that team or supplier. Met and
     * missed: clocks stopped within or over their target in the period; running: started by its end, not stopped.
     *
     * @throws NotFoundException for an agreement the caller may not see (a customer: only their own SLAs)
     * @throws InvalidInputException when {@code to} is before {@code from}
     */
    public List<TargetOutcome> summary(String code, LocalDate from, LocalDate to) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(FieldProblem.of("agreement", "validation.required", "is required"));
        }
        if (from == null || to == null) {
            throw new InvalidInputException(FieldProblem.of(from == null ? "from" : "to", "validation.required",
                    "is required"));
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException(FieldProblem.of("to", "clock.summary.toBeforeFrom",
                    "is before from ({0})", from));
        }
        boolean staff = currentUser.satisfies(RoleSets.STAFF);
        if (!staff && !currentUser.hasRole(Role.CUSTOMER)) {
            throw new AccessDeniedException("only staff and customers read how agreements fared");
        }
        AgreementView agreement = agreements.get(code.trim()); // 404 for what the caller may not see
        boolean sla = AgreementType.SLA.name().equals(agreement.type());
        if (!staff && !sla) {
            throw new NotFoundException("Agreement", code);
        }
        ZoneId zone = serval.defaultZone();
        return reading.outcomes(agreement.code(), sla, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
