package io.serval.agreement.internal;

import io.serval.core.Reason;
import io.serval.agreement.AgreementStatus;
import io.serval.core.AuditedEntity;
import io.serval.core.RuleViolationException;
import io.serval.core.SystemActor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of an agreement's content (JSON of the normalised document). Only a draft changes; the others
 * move along change control: draft → in review → approved → published → superseded or terminated.
 */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", updatable = false)
    private Agreement agreement;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    @Column(nullable = false)
    private String content;

    private String note;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    /** Who last wrote the content: under four-eyes approval, someone else must approve it. */
    @Column(name = "drafted_by")
    private String draftedBy;

    protected AgreementVersion() {
    }

    AgreementVersion(Agreement agreement, int number, String content, String author) {
        this.agreement = agreement;
        this.number = number;
        this.content = content;
        this.draftedBy = author;
        this.status = AgreementStatus.DRAFT;
    }

    void revise(String newContent, String author) {
        require(AgreementStatus.DRAFT, "change");
        this.content = newContent;
        this.draftedBy = author;
    }

    void submit(String actor, Instant at, String note) {
        require(AgreementStatus.DRAFT, "submit");
        this.status = AgreementStatus.IN_REVIEW;
        this.submittedBy = actor;
        this.submittedAt = at;
        this.note = note;
    }

    /**
     * Approves the version; with {@code fourEyes}, only a person who neither wrote nor submitted it may (Serval's
     * own start-up work, loading the demo agreements, is no person).
     */
    void approve(String actor, Instant at, boolean fourEyes) {
        require(AgreementStatus.IN_REVIEW, "approve");
        if (fourEyes && !SystemActor.NAME.equals(actor) && (actor.equals(draftedBy) || actor.equals(submittedBy))) {
            throw new RuleViolationException(Reason.of("agreement.rule.fourEyes",
                    "version {0} of {1} was written or submitted by {2}: someone else must approve it", number,
                    agreement.getCode(), actor));
        }
        this.status = AgreementStatus.APPROVED;
        this.approvedBy = actor;
        this.approvedAt = at;
    }

    void returnToDraft(String reason) {
        if (status != AgreementStatus.IN_REVIEW && status != AgreementStatus.APPROVED) {
            throw refused("return");
        }
        this.status = AgreementStatus.DRAFT;
        this.note = reason;
    }

    void publish(String actor, Instant at) {
        require(AgreementStatus.APPROVED, "publish");
        this.status = AgreementStatus.PUBLISHED;
        this.publishedBy = actor;
        this.publishedAt = at;
    }

    void supersede() {
        require(AgreementStatus.PUBLISHED, "supersede");
        this.status = AgreementStatus.SUPERSEDED;
    }

    void terminate(String reason) {
        require(AgreementStatus.PUBLISHED, "terminate");
        this.status = AgreementStatus.TERMINATED;
        this.note = reason;
    }

    private void require(AgreementStatus expected, String action) {
        if (status != expected) {
            throw refused(action);
        }
    }

    /** {@code action}: change, submit, approve, return, publish, supersede or terminate. */
    private RuleViolationException refused(String action) {
        return new RuleViolationException(Reason.of("agreement.rule.step", "version {0} of {1} is {2} and cannot be {3}",
                number, agreement.getCode(), Words.status(status), Reason.of("agreement.action." + action, action)));
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public int getNumber() {
        return number;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public String getContent() {
        return content;
    }

    public String getNote() {
        return note;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getDraftedBy() {
        return draftedBy;
    }
}
