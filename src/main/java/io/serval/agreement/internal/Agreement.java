package io.serval.agreement.internal;

import io.serval.core.Reason;
import io.serval.agreement.AgreementStatus;
import io.serval.agreement.AgreementType;
import io.serval.agreement.SlaLevel;
import io.serval.core.AuditedEntity;
import io.serval.core.LocalizedText;
import io.serval.core.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An agreement across its versions: what it is (type, level, parties), which version is current and which is
 * in force, whether a change elsewhere asks for its revision, and when its next service review is due.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type", nullable = false, updatable = false)
    private AgreementType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "sla_level")
    private SlaLevel level;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "party_code")
    private String partyCode;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    @Column(name = "current_version_no", nullable = false)
    private int currentVersionNo;

    @Column(name = "published_version_no")
    private Integer publishedVersionNo;

    @Column(name = "needs_revision", nullable = false)
    private boolean needsRevision;

    @Column(name = "revision_reasons")
    private String revisionReasons;

    @Column(name = "next_review_due")
    private LocalDate nextReviewDue;

    protected Agreement() {
    }

    public Agreement(String code, AgreementType type) {
        this.code = code;
        this.type = type;
        this.status = AgreementStatus.DRAFT;
    }

    /** Copies the identifying terms of the current version. */
    void describe(Terms terms, int versionNo, AgreementStatus versionStatus) {
        this.level = terms.level();
        this.parentCode = terms.parent();
        this.partyCode = terms.party();
        this.nameZh = terms.name().zh();
        this.nameEn = terms.name().en();
        this.currentVersionNo = versionNo;
        this.status = versionStatus;
    }

    void statusChanged(AgreementStatus versionStatus) {
        this.status = versionStatus;
    }

    void published(int versionNo, LocalDate reviewDue) {
        this.publishedVersionNo = versionNo;
        this.status = AgreementStatus.PUBLISHED;
        if (nextReviewDue == null) {
            this.nextReviewDue = reviewDue;
        }
    }

    void terminated() {
        this.status = AgreementStatus.TERMINATED;
        this.publishedVersionNo = null;
    }

    void reviewed(LocalDate nextDue) {
        this.nextReviewDue = nextDue;
    }

    /** An SLA this agreement depends on changed: flag it for revision, remembering why. */
    void flagForRevision(Reason reason) {
        if (status == AgreementStatus.TERMINATED) {
            return;
        }
        List<String> lines = revisionReasons == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(revisionReasons.split("\n")));
        String line = StoredReason.write(reason);
        if (!lines.contains(line)) {
            lines.add(line);
        }
        this.revisionReasons = String.join("\n", lines);
        this.needsRevision = true;
    }

    /** A revision that passes every rule clears the flag. */
    void revised() {
        this.needsRevision = false;
        this.revisionReasons = null;
    }

    public void refuseIfTerminated() {
        if (status == AgreementStatus.TERMINATED) {
            throw new RuleViolationException(Reason.of("agreement.rule.terminated",
                    "agreement {0} is terminated; it can no longer change", code));
        }
    }

    /** Why it needs revision, oldest first. */
    public List<Reason> reasons() {
        return revisionReasons == null ? List.of() : Arrays.stream(revisionReasons.split("\n")).map(StoredReason::read).toList();
    }

    public String getCode() {
        return code;
    }

    public AgreementType getType() {
        return type;
    }

    public SlaLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getPartyCode() {
        return partyCode;
    }

    public LocalizedText name() {
        return new LocalizedText(nameZh, nameEn);
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public int getCurrentVersionNo() {
        return currentVersionNo;
    }

    public Integer getPublishedVersionNo() {
        return publishedVersionNo;
    }

    public boolean isNeedsRevision() {
        return needsRevision;
    }

    public LocalDate getNextReviewDue() {
        return nextReviewDue;
    }
}
