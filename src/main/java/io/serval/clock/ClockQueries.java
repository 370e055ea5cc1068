package io.serval.clock;

import io.serval.clock.internal.ClockReading;
import io.serval.core.RoleSets;
import io.serval.desk.TicketQueries;
import io.serval.identity.CurrentUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads clocks. A ticket's clocks for whoever may see the ticket (404 otherwise, as for the ticket); customers see
 * only the SLA's clocks, never the provider's internal (OLA) or supplier (UC) ones.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ClockQueries {

    private final TicketQueries tickets;
    private final ClockReading reading;
    private final CurrentUser currentUser;

    ClockQueries(TicketQueries tickets, ClockReading reading, CurrentUser currentUser) {
        this.tickets = tickets;
        this.reading = reading;
        this.currentUser = currentUser;
    }

    /** The clocks of ticket {@code id}, SLA clocks first. */
    public List<ClockView> ofTicket(long id) {
        tickets.get(id); // 404 for a ticket the caller may not see
        boolean staff = currentUser.satisfies(RoleSets.DESK_STAFF);
        return reading.ofRecord("TICKET", id).stream().filter(c -> staff || "SLA".equals(c.partyKind())).toList();
    }
}
