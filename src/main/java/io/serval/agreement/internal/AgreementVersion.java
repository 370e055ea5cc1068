package io.serval.agreement.internal;

import io.serval.core.Reason;
import io.serval.agreement.AgreementStatus;
import io.serval.core.AuditedEntity;
import io.serval.core.RuleViolationException;
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

    protected AgreementVersion() {
    }

    AgreementVersion(Agreement agreement, int number, String content) {
        this.agreement = agreement;
        this.number = number;
        this.content = content;
        this.status = AgreementStatus.DRAFT;
    }

    void revise(String newContent) {
        require(AgreementStatus.DRAFT, "changed");
        this.content = newContent;
    }

    void submit(String actor, Instant at, String note) {
        require(AgreementStatus.DRAFT, "submitted for review");
        this.status = AgreementStatus.IN_REVIEW;
        this.submittedBy = actor;
        this.submittedAt = at;
        this.note = note;
    }

    void approve(String actor, Instant at) {
        require(AgreementStatus.IN_REVIEW, "approved");
        this.status = AgreementStatus.APPROVED;
        this.approvedBy = actor;
        this.approvedAt = at;
    }

    void returnToDraft(String reason) {
        if (status != AgreementStatus.IN_REVIEW && status != AgreementStatus.APPROVED) {
            throw refused("returned to draft");
        }
        this.status = AgreementStatus.DRAFT;
        this.note = reason;
    }

    void publish(String actor, Instant at) {
        require(AgreementStatus.APPROVED, "published");
        this.status = AgreementStatus.PUBLISHED;
        this.publishedBy = actor;
        this.publishedAt = at;
    }

    void supersede() {
        require(AgreementStatus.PUBLISHED, "superseded");
        this.status = AgreementStatus.SUPERSEDED;
    }

    void terminate(String reason) {
        require(AgreementStatus.PUBLISHED, "terminated");
        this.status = AgreementStatus.TERMINATED;
        this.note = reason;
    }

    private void require(AgreementStatus expected, String action) {
        if (status != expected) {
            throw refused(action);
        }
    }

    private RuleViolationException refused(String action) {
        return new RuleViolationException(Reason.of("agreement.rule.step", "version {0} of {1} is {2} and cannot be {3}",
                number, agreement.getCode(), status, action));
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
}
