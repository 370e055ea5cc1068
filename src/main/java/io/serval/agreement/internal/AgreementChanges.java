package io.serval.agreement.internal;

import io.serval.core.Reason;
import io.serval.agreement.AgreementDocument.UnderpinRef;
import io.serval.agreement.AgreementStatus;
import io.serval.agreement.AgreementType;
import io.serval.core.NotFoundException;
import io.serval.core.RuleViolationException;
import io.serval.core.SystemActor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Applies agreement changes that passed validation and rules: versions, change-control steps, and what a
 * change means for the agreements that depend on it (revision flags and work-queue tasks).
 */
@Component
public class AgreementChanges {

    private final Agreements agreements;
    private final AgreementVersions versions;
    private final AgreementTasks tasks;
    private final AgreementReviews reviews;
    private final AgreementDirectory directory;
    private final DocumentJson json;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    AgreementChanges(Agreements agreements, AgreementVersions versions, AgreementTasks tasks, AgreementReviews reviews,
            AgreementDirectory directory, DocumentJson json, Clock clock) {
        this.agreements = agreements;
        this.versions = versions;
        this.tasks = tasks;
        this.reviews = reviews;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    public Agreement create(Terms terms) {
        Agreement agreement = new Agreement(terms.code(), terms.type());
        agreement.describe(terms, 1, AgreementStatus.DRAFT);
        agreement = agreements.saveAndFlush(agreement);
        versions.saveAndFlush(new AgreementVersion(agreement, 1, json.write(terms.document())));
        return agreement;
    }

    /**
     * New content for the working draft: edits the draft, or opens a new draft after the version in force.
     * Then flags what depends on a changed SLA, and clears an OLA/UC's revision flag.
     */
    public void revise(Agreement agreement, Terms before, Terms after) {
        AgreementVersion current = directory.current(agreement);
        String content = json.write(after.document());
        switch (current.getStatus()) {
            case DRAFT -> current.revise(content);
            case PUBLISHED, SUPERSEDED -> {
                current = versions.saveAndFlush(new AgreementVersion(agreement, current.getNumber() + 1, content));
            }
            default -> throw new RuleViolationException(Reason.of("agreement.rule.notDraft",
                    "version {0} of {1} is {2}; return it to draft before changing it", current.getNumber(),
                    agreement.getCode(), current.getStatus()));
        }
        agreement.describe(after, current.getNumber(), current.getStatus());
        // the content lives in the version row: bump the agreement's own version so concurrent edits collide
        entityManager.lock(agreement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (after.type() == AgreementType.SLA) {
            flagDependents(after, before);
        } else {
            agreement.revised();
            tasks.findByAgreementCodeAndStatus(agreement.getCode(), "OPEN").stream()
                    .filter(t -> !AgreementTask.UC_REVIEW.equals(t.getKind()))
                    .forEach(t -> t.close(SystemActor.current(), clock.instant()));
        }
        agreements.saveAndFlush(agreement);
    }

    public void submit(Agreement agreement, AgreementVersion version, String note) {
        version.submit(SystemActor.current(), clock.instant(), note);
        step(agreement, version);
    }

    public void approve(Agreement agreement, AgreementVersion version) {
        version.approve(SystemActor.current(), clock.instant());
        step(agreement, version);
    }

    public void returnToDraft(Agreement agreement, AgreementVersion version, String reason) {
        version.returnToDraft(reason);
        step(agreement, version);
    }

    public void publish(Agreement agreement, AgreementVersion version) {
        if (agreement.getParentCode() != null && agreements.findByCode(agreement.getParentCode())
                .map(Agreement::getPublishedVersionNo).isEmpty()) {
            throw new RuleViolationException(Reason.of("agreement.rule.parentNotInForce",
                    "SLA {0} inherits from {1}, which has no version in force: publish the parent SLA first",
                    agreement.getCode(), agreement.getParentCode()));
        }
        Optional<AgreementVersion> previous = directory.published(agreement);
        version.publish(SystemActor.current(), clock.instant());
        previous.ifPresent(AgreementVersion::supersede);
        agreement.published(version.getNumber(), today().plusYears(1));
        versions.saveAndFlush(version);
        agreements.saveAndFlush(agreement);
        if (agreement.getType() == AgreementType.SLA && previous.isPresent()) {
            openUcReviews(agreement.getCode(), uc -> Notices.ucReviewAfterNewVersion(uc, agreement.getCode(),
                    version.getNumber(), previous.get().getNumber()));
        }
    }

    public void terminate(Agreement agreement, AgreementVersion version, String reason) {
        AgreementVersion inForce = directory.published(agreement)
.orElseThrow(() -> new RuleViolationException(Reason.of("agreement.rule.nothingInForce",
                        "{0} has no version in force to terminate", agreement.getCode())));
        inForce.terminate(reason);
        agreement.terminated();
        versions.saveAndFlush(inForce);
        agreements.saveAndFlush(agreement);
        if (agreement.getType() == AgreementType.SLA) {
            openUcReviews(agreement.getCode(), uc -> Notices.ucReviewAfterTermination(uc, agreement.getCode(), reason));
        }
    }

    public void recordReview(Agreement agreement, LocalDate heldOn, String kind, String minutes) {
        reviews.save(new AgreementReview(agreement.getCode(), heldOn, kind, minutes));
        if ("ANNUAL".equals(kind)) {
            agreement.reviewed(heldOn.plusYears(1));
            agreements.saveAndFlush(agreement);
        }
    }

    public void closeTask(long id) {
        AgreementTask task = tasks.findById(id).orElseThrow(() -> new NotFoundException("Task", id));
        task.close(SystemActor.current(), clock.instant());
        tasks.save(task);
    }

    private void step(Agreement agreement, AgreementVersion version) {
        versions.saveAndFlush(version);
        agreement.statusChanged(version.getStatus());
        agreements.saveAndFlush(agreement);
    }

    /**
     * Every OLA/UC whose target underpins a changed or removed target of this SLA is flagged; so is every child
     * SLA whose own targets are now weaker than what it inherits.
     */
    private void flagDependents(Terms after, Terms before) {
        List<Underpinner> underpinners = underpinners();
        for (Target old : before.targets()) {
            Optional<Target> now = after.target(old.code());
            if (now.isPresent() && old.sameAs(now.get())) {
                continue;
            }
            String cause = after.code() + "/" + old.code();
            UnderpinRef ref = new UnderpinRef(after.code(), old.code());
            for (Underpinner dependent : underpinners.stream().filter(u -> u.underpins(ref)).toList()) {
                Agreement agreement = dependent.agreement();
                for (Target own : dependent.targetsUnderpinning(ref)) {
                    Reason reason = Notices.slaTargetChanged(after.code(), old, now, agreement.getCode(), own);
                    agreement.flagForRevision(reason);
                    openTask(AgreementTask.REVISE_UNDERPINNING, agreement.getCode(), cause,
                            Notices.revise(agreement.getType(), agreement.getCode(), reason));
                }
                agreements.saveAndFlush(agreement);
            }
        }
        AgreementRules rules = new AgreementRules(code -> code.equals(after.code()) ? Optional.of(after) : directory.agreement(code));
        for (Agreement child : agreements.findByParentCode(after.code())) {
            List<Reason> broken = rules.violations(directory.currentTerms(child));
            if (!broken.isEmpty()) {
                broken.forEach(child::flagForRevision);
                agreements.saveAndFlush(child);
                openTask(AgreementTask.REVISE_CHILD_SLA, child.getCode(), after.code(),
                        Notices.revise(child.getType(), child.getCode(), broken.get(0)));
            }
        }
    }

    /** The UCs behind an SLA: those with a target underpinning one of its targets. */
    private void openUcReviews(String slaCode, Function<String, Reason> reason) {
        agreements.findByType(AgreementType.UC).stream()
                .filter(uc -> directory.currentTerms(uc).targets().stream()
                        .flatMap(t -> t.underpins().stream()).anyMatch(ref -> ref.agreement().equals(slaCode)))
                .forEach(uc -> openTask(AgreementTask.UC_REVIEW, uc.getCode(), slaCode, reason.apply(uc.getCode())));
    }

    /** An OLA or UC in effect, with its current terms. */
    private record Underpinner(Agreement agreement, Terms terms) {

        boolean underpins(UnderpinRef ref) {
            return !targetsUnderpinning(ref).isEmpty();
        }

        List<Target> targetsUnderpinning(UnderpinRef ref) {
            return terms.targets().stream().filter(t -> t.underpins().contains(ref)).toList();
        }
    }

    private List<Underpinner> underpinners() {
        return java.util.stream.Stream.of(AgreementType.OLA, AgreementType.UC)
                .flatMap(type -> agreements.findByType(type).stream())
                .filter(a -> a.getStatus() != AgreementStatus.TERMINATED)
                .map(a -> new Underpinner(a, directory.currentTerms(a)))
                .toList();
    }

    private void openTask(String kind, String agreementCode, String cause, Reason reason) {
        if (!tasks.existsByKindAndAgreementCodeAndCauseAndStatus(kind, agreementCode, cause, "OPEN")) {
            tasks.save(new AgreementTask(kind, agreementCode, cause, reason));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
