package io.serval.notify.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One mail of the outbox, with where it stands after its attempts so far. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String arguments;

    @Column(updatable = false)
    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private String address;

    @Column(name = "last_reason")
    private String lastReason;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxMail() {
    }

    /** The attempt of {@code now} sent the mail to {@code to}. */
    MailAttempt sent(String to, Instant now) {
        address = to;
        sentAt = now;
        return finish(MailStatus.SENT, now, null, null);
    }

    /** Not tried, and not to be tried again: no server, no address. */
    MailAttempt notSent(String to, String reason, Instant now) {
        address = to;
        return finish(MailStatus.NOT_SENT, now, reason, null);
    }

    /** Cannot ever be sent (an unknown recipient): failed at once. */
    MailAttempt refused(String reason, Instant now) {
        return finish(MailStatus.FAILED, now, reason, null);
    }

    /**
     * The attempt of {@code now} failed: tried again after {@code backoff} doubled for each attempt before this one
     * (at most {@code maxBackoff}), or FAILED once {@code maxAttempts} are used up.
     */
    MailAttempt failed(String to, String reason, String error, Instant now, int maxAttempts, Duration backoff,
            Duration maxBackoff) {
        address = to;
        MailAttempt attempt = finish(attempts + 1 >= maxAttempts ? MailStatus.FAILED : MailStatus.PENDING, now, reason,
                error);
        if (status == MailStatus.PENDING) {
            nextAttemptAt = now.plus(backoff(attempts, backoff, maxBackoff));
        }
        return attempt;
    }

    /** The wait after the {@code attempts}th failed attempt: backoff, 2 × backoff, 4 × backoff… at most maxBackoff. */
    static Duration backoff(int attempts, Duration backoff, Duration maxBackoff) {
        Duration wait = backoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    private MailAttempt finish(MailStatus outcome, Instant now, String reason, String error) {
        attempts++;
        status = outcome;
        claimedUntil = null;
        lastAttemptAt = now;
        lastReason = reason;
        lastError = error;
        return new MailAttempt(id, now, outcome == MailStatus.PENDING ? MailStatus.FAILED : outcome, reason, error);
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    String getKind() {
        return kind;
    }

    String getArguments() {
        return arguments;
    }

    String getLink() {
        return link;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    String getAddress() {
        return address;
    }

    String getLastReason() {
        return lastReason;
    }

    String getLastError() {
        return lastError;
    }
}
