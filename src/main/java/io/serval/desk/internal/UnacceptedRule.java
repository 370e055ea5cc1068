package io.serval.desk.internal;

import io.serval.desk.TicketStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * A ticket is unaccepted when it is still new longer than the desk allows ({@code serval.desk.unaccepted-after}):
 * nobody took it, and the duty manager is to push it.
 */
public record UnacceptedRule(Duration after) {

    /** Tickets raised before this instant and still new are unaccepted at {@code now}. */
    public Instant raisedBefore(Instant now) {
        return now.minus(after);
    }

    public boolean unaccepted(TicketStatus status, Instant raisedAt, Instant now) {
        return status == TicketStatus.NEW && !raisedAt.isAfter(raisedBefore(now));
    }
}
