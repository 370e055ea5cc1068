package io.serval.desk.internal;

import static io.serval.desk.TicketStatus.ASSIGNED;
import static io.serval.desk.TicketStatus.CLOSED;
import static io.serval.desk.TicketStatus.IN_PROGRESS;
import static io.serval.desk.TicketStatus.NEW;
import static io.serval.desk.TicketStatus.PENDING_CUSTOMER;
import static io.serval.desk.TicketStatus.PENDING_SUPPLIER;
import static io.serval.desk.TicketStatus.REJECTED;
import static io.serval.desk.TicketStatus.RESOLVED;

import io.serval.desk.TicketStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The moves a ticket may make (plain Java): new → assigned → in progress → pending customer / pending supplier →
 * resolved → closed; rejected with a reason (to the duty manager, who assigns it again); reopened from resolved.
 * The desk moves tickets along; a customer only confirms a resolution (closed) or reopens it (in progress).
 */
public final class TicketLifecycle {

    /** Who moves the ticket. */
    public enum Mover {
        DESK,
        CUSTOMER
    }

    private static final Map<TicketStatus, Set<TicketStatus>> DESK = new EnumMap<>(TicketStatus.class);
    private static final Map<TicketStatus, Set<TicketStatus>> CUSTOMER = new EnumMap<>(TicketStatus.class);

    static {
        DESK.put(NEW, EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED, REJECTED));
        DESK.put(ASSIGNED, EnumSet.of(ASSIGNED, IN_PROGRESS, PENDING_CUSTOMER, PENDING_SUPPLIER, RESOLVED, REJECTED));
        DESK.put(IN_PROGRESS, EnumSet.of(ASSIGNED, PENDING_CUSTOMER, PENDING_SUPPLIER, RESOLVED, REJECTED));
        DESK.put(PENDING_CUSTOMER, EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED));
        DESK.put(PENDING_SUPPLIER, EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED));
        DESK.put(RESOLVED, EnumSet.of(IN_PROGRESS, CLOSED));
        DESK.put(REJECTED, EnumSet.of(ASSIGNED, CLOSED));
        DESK.put(CLOSED, EnumSet.noneOf(TicketStatus.class));
        for (TicketStatus status : TicketStatus.values()) {
            CUSTOMER.put(status, EnumSet.noneOf(TicketStatus.class));
        }
        CUSTOMER.put(RESOLVED, EnumSet.of(IN_PROGRESS, CLOSED));
    }

    private TicketLifecycle() {
    }

    /** The statuses {@code mover} may move a ticket in {@code from} to. */
    public static Set<TicketStatus> allowed(TicketStatus from, Mover mover) {
        return EnumSet.copyOf((mover == Mover.DESK ? DESK : CUSTOMER).get(from)); // EnumSets, so empty ones copy too
    }

    public static boolean allows(TicketStatus from, TicketStatus to, Mover mover) {
        return (mover == Mover.DESK ? DESK : CUSTOMER).get(from).contains(to);
    }

    /** Whether a move needs a reason (a rejection, a reopening) or an account of what was done (a resolution). */
    public static boolean needsReason(TicketStatus from, TicketStatus to) {
        return to == REJECTED || to == RESOLVED || (from == RESOLVED && to == IN_PROGRESS);
    }

    /**
     * Whether the customer reads the reason given for a move: the resolution, a rejection, and their own
     * confirmation or reopening; never the desk's reasons for passing the ticket between support groups.
     */
    public static boolean customerReadsReason(TicketStatus from, TicketStatus to) {
        return to == RESOLVED || to == REJECTED || to == CLOSED || from == RESOLVED;
    }
}
