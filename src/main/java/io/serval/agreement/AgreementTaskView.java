package io.serval.agreement;

import java.time.Instant;

/** An item on the service level manager's work queue. */
public record AgreementTaskView(long id, String kind, String agreement, String cause, String description,
        String status, Instant createdAt, Instant closedAt, String closedBy) {
}
