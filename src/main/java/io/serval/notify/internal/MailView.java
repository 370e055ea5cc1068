package io.serval.notify.internal;

import java.time.Instant;

/** A mail of the outbox as administrators see it; {@code lastReason} is a message key, {@code lastError} the detail. */
public record MailView(long id, String recipient, String address, String kind, MailStatus status, int attempts,
        Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt, Instant sentAt, String lastReason,
        String lastError) {

    static MailView of(OutboxMail m) {
        return new MailView(m.getId(), m.getRecipient(), m.getAddress(), m.getKind(), m.getStatus(), m.getAttempts(),
                m.getCreatedAt(), m.getLastAttemptAt(),
                m.getStatus() == MailStatus.PENDING ? m.getNextAttemptAt() : null, m.getSentAt(), m.getLastReason(),
                m.getLastError());
    }
}
