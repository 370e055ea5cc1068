package io.serval.agreement.internal;

import io.serval.core.Reason;
import io.serval.agreement.AgreementStatus;
import io.serval.agreement.AgreementType;
import io.serval.agreement.SlaLevel;
import io.serval.core.AuditedEntity;
import io.serval.core.LocalizedText;
import io.serval.core.RuleViolationException;
import io.serval.agreement.AgreementPublished;
import io.serval.agreement.AgreementTargetsChanged;
import io.serval.agreement.AgreementTerminated;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * An agreement across its versions, and the aggregate root that owns them: what it is (type, level, parties),
 * which version is current and which is in force, whether a change elsewhere asks for its revision, and when its
 * next service review is due. Putting a version in force, superseding the one before, and terminating happen here,
 * and register the events other modules subscribe to ({@link AgreementPublished}, {@link AgreementTargetsChanged},
 * {@link AgreementTerminated}), published when the agreement is saved.
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

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<AgreementVersion> versions = new ArrayList<>();

    @Transient
    private final List<Object> events = new ArrayList<>();

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

    /** A new working version with this content, after the last one (the first when there is none). */
    AgreementVersion draft(String content, String author) {
        AgreementVersion version = new AgreementVersion(this, versions.size() + 1, content, author);
        versions.add(version);
        return version;
    }

    /**
     * Puts the approved working version in force; the version in force before is superseded. {@code changedTargets}
     * are the targets in force that this changes (all of them for a first version).
     */
    void publish(String actor, Instant at, LocalDate reviewDue, List<String> changedTargets) {
        AgreementVersion next = version(currentVersionNo).orElseThrow();
        Optional<AgreementVersion> previous = publishedVersionNo == null ? Optional.empty() : version(publishedVersionNo);
        next.publish(actor, at);
        previous.ifPresent(AgreementVersion::supersede);
        this.publishedVersionNo = next.getNumber();
        this.status = AgreementStatus.PUBLISHED;
        if (nextReviewDue == null) {
            this.nextReviewDue = reviewDue;
        }
        events.add(new AgreementPublished(code, type, next.getNumber(), previous.map(AgreementVersion::getNumber).orElse(null)));
        if (!changedTargets.isEmpty()) {
            events.add(new AgreementTargetsChanged(code, type, next.getNumber(), changedTargets));
        }
    }

    /** Ends the version in force. */
    void terminate(String reason) {
        AgreementVersion inForce = (publishedVersionNo == null ? Optional.<AgreementVersion>empty() : version(publishedVersionNo))
                .orElseThrow(() -> new RuleViolationException(Reason.of("agreement.rule.nothingInForce",
                        "{0} has no version in force to terminate", code)));
        inForce.terminate(reason);
        this.status = AgreementStatus.TERMINATED;
        this.publishedVersionNo = null;
        events.add(new AgreementTerminated(code, type, inForce.getNumber()));
    }

    private Optional<AgreementVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    @DomainEvents
    Collection<Object> domainEvents() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
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
