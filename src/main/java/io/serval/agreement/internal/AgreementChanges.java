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
import java.util.Set;
import java.util.TreeSet;
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
    private final AgreementReadModel readModel;
    private final AgreementProperties properties;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    AgreementChanges(Agreements agreements, AgreementVersions versions, AgreementTasks tasks, AgreementReviews reviews,
            AgreementDirectory directory, DocumentJson json, AgreementReadModel readModel, AgreementProperties properties,
            Clock clock) {
        this.agreements = agreements;
        this.versions = versions;
        this.tasks = tasks;
        this.reviews = reviews;
        this.directory = directory;
        this.json = json;
        this.readModel = readModel;
        this.properties = properties;
        this.clock = clock;
    }

    public Agreement create(Terms terms) {
        Agreement agreement = new Agreement(terms.code(), terms.type());
        agreement.describe(terms, 1, AgreementStatus.DRAFT);
        agreement.draft(json.write(terms.document()), SystemActor.current());
        agreement = agreements.saveAndFlush(agreement);
        readModel.project(agreement);
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
            case DRAFT -> current.revise(content, SystemActor.current());
            case PUBLISHED, SUPERSEDED -> current = agreement.draft(content, SystemActor.current());
            default -> throw new RuleViolationException(Reason.of("agreement.rule.notDraft",
                    "version {0} of {1} is {2}; return it to draft before changing it", current.getNumber(),
                    agreement.getCode(), Words.status(current.getStatus())));
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
        readModel.project(agreement);
    }

    public void submit(Agreement agreement, AgreementVersion version, String note) {
        version.submit(SystemActor.current(), clock.instant(), note);
        step(agreement, version);
    }

    public void approve(Agreement agreement, AgreementVersion version) {
        version.approve(SystemActor.current(), clock.instant(), properties.fourEyes());
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
        List<Target> before = previous.isPresent() ? directory.termsInForce(agreement).targets() : List.of();
        List<String> changed = changedTargets(before, directory.currentTerms(agreement).targets());
        agreement.publish(SystemActor.current(), clock.instant(), today().plusYears(1), changed);
        agreements.saveAndFlush(agreement);
        readModel.project(agreement);
        if (agreement.getType() == AgreementType.SLA && previous.isPresent()) {
            openUcReviews(agreement.getCode(), uc -> Notices.ucReviewAfterNewVersion(uc, agreement.getCode(),
                    version.getNumber(), previous.get().getNumber()));
        }
    }

    public void terminate(Agreement agreement, AgreementVersion version, String reason) {
        agreement.terminate(reason);
        agreements.saveAndFlush(agreement);
        readModel.project(agreement);
        if (agreement.getType() == AgreementType.SLA) {
            openUcReviews(agreement.getCode(), uc -> Notices.ucReviewAfterTermination(uc, agreement.getCode(), reason));
        }
    }

    /** The codes of targets added, removed or changed between two sets of targets, in code order. */
    static List<String> changedTargets(List<Target> before, List<Target> after) {
        Set<String> changed = new TreeSet<>();
        for (Target old : before) {
            if (after.stream().noneMatch(now -> now.code().equals(old.code()) && now.sameAs(old))) {
                changed.add(old.code());
            }
        }
        for (Target now : after) {
            if (before.stream().noneMatch(old -> old.code().equals(now.code()) && old.sameAs(now))) {
                changed.add(now.code());
            }
        }
        return List.copyOf(changed);
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
        List<AgreementReadModel.Underpinning> underpinning = readModel.underpinnersOf(after.code());
        for (Target old : before.targets()) {
            Optional<Target> now = after.target(old.code());
            if (now.isPresent() && old.sameAs(now.get())) {
                continue;
            }
            String cause = after.code() + "/" + old.code();
            for (String code : underpinning.stream().filter(u -> u.slaTarget().equals(old.code()))
                    .map(AgreementReadModel.Underpinning::agreement).distinct().toList()) {
                Agreement agreement = agreements.findByCode(code).orElseThrow();
                UnderpinRef ref = new UnderpinRef(after.code(), old.code());
                for (Target own : directory.currentTerms(agreement).targets().stream()
                        .filter(t -> t.underpins().contains(ref)).toList()) {
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
        readModel.ucsBehind(slaCode).forEach(uc -> openTask(AgreementTask.UC_REVIEW, uc, slaCode, reason.apply(uc)));
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
