package io.serval.notify.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt to send a mail: when, with what outcome (SENT, FAILED or NOT_SENT), why and the error. */
@Entity
@Table(name = "mail_attempt")
class MailAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mail_id", nullable = false, updatable = false)
    private Long mailId;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MailStatus outcome;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String error;

    protected MailAttempt() {
    }

    MailAttempt(Long mailId, Instant attemptedAt, MailStatus outcome, String reason, String error) {
        this.mailId = mailId;
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.reason = reason;
        this.error = error;
    }

    Instant getAttemptedAt() {
        return attemptedAt;
    }

    MailStatus getOutcome() {
        return outcome;
    }

    String getReason() {
        return reason;
    }

    String getError() {
        return error;
    }
}
