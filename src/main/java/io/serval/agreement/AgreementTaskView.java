package io.serval.agreement;

import java.time.Instant;

/**
 * An item on the service level manager's work queue. {@code reason} is the message key of what to do,
 * {@code description} its text in the reader's language.
 */
public record AgreementTaskView(long id, String kind, String agreement, String cause, String reason, String description,
        String status, Instant createdAt, Instant closedAt, String closedBy) {
}
