package io.serval.agreement;

import io.serval.core.Reason;
import io.serval.agreement.AgreementDocument.TargetSpec;
import io.serval.agreement.internal.Agreement;
import io.serval.agreement.internal.AgreementChanges;
import io.serval.agreement.internal.AgreementDirectory;
import io.serval.agreement.internal.AgreementRules;
import io.serval.agreement.internal.AgreementVersion;
import io.serval.agreement.internal.Agreements;
import io.serval.agreement.internal.DocumentJson;
import io.serval.agreement.internal.DocumentValidator;
import io.serval.agreement.internal.TargetPatch;
import io.serval.agreement.internal.Terms;
import io.serval.audit.AuditAction;
import io.serval.audit.AuditTrail;
import io.serval.core.FieldProblem;
import io.serval.core.InputBounds;
import io.serval.core.InvalidInputException;
import io.serval.core.NotFoundException;
import io.serval.core.RuleViolationException;
import io.serval.core.RoleSets;
import io.serval.core.SingleLine;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import tools.jackson.databind.JsonNode;

/**
 * Drafting and change control of agreements. Every save re-checks the underpinning chain and the SLA
 * hierarchy (refused with 422 and a reason naming both targets); a changed SLA flags the OLAs and UCs that
 * underpin it, and child SLAs it now outranks, for revision.
 */
@Service
@Validated
@Transactional
public class AgreementService {

    /** Notes and reasons fit the version's note column and the work-queue tasks that quote them. */
    static final int NOTE_LENGTH = 1000;
    static final String DRAFTERS = RoleSets.AGREEMENT_DRAFTERS;
    static final String MANAGERS = RoleSets.SERVICE_LEVEL_MANAGERS;

    private final Agreements agreements;
    private final AgreementDirectory directory;
    private final AgreementChanges changes;
    private final DocumentJson json;
    private final AuditTrail audit;
    private final AgreementQueries queries;

    AgreementService(Agreements agreements, AgreementDirectory directory, AgreementChanges changes, DocumentJson json,
            AuditTrail audit, AgreementQueries queries) {
        this.agreements = agreements;
        this.directory = directory;
        this.changes = changes;
        this.json = json;
        this.audit = audit;
        this.queries = queries;
    }

    @PreAuthorize(DRAFTERS)
    public AgreementView create(AgreementDocument document) {
        if (document.code() != null && agreements.existsByCode(document.code())) {
            throw new InvalidInputException(FieldProblem.of("code", "agreement.code.taken",
                    "an agreement with code {0} already exists", document.code()));
        }
        Terms terms = DocumentValidator.validate(document, directory);
        refuseBrokenRules(terms);
        Agreement agreement = changes.create(terms);
        audit.record("Agreement", agreement.getCode(), AuditAction.CREATE, null, terms.document().withVersion(null));
        return queries.view(agreement);
    }

    /** Replaces the content of the working draft (a published agreement gets a new draft version). */
    @PreAuthorize(DRAFTERS)
    public AgreementView update(String code, AgreementDocument document) {
        Agreement agreement = find(code);
        agreement.checkVersion(document.version());
        return save(agreement, document);
    }

    /**
     * Changes one target; the fields the patch leaves out keep their value. Problems name the target's own fields
     * ({@code duration}, {@code warnings[1]}); a patch that is not an object of target fields changes nothing.
     */
    @PreAuthorize(DRAFTERS)
    public AgreementView updateTarget(String code, String targetCode, JsonNode patch) {
        TargetPatch.checkShape(patch, targetCode);
        Agreement agreement = find(code);
        agreement.checkVersion(TargetPatch.version(patch)); // like every update: refused without the version read
        AgreementDocument current = json.read(directory.current(agreement).getContent());
        int index = current.targets().stream().map(TargetSpec::code).toList().indexOf(targetCode);
        if (index < 0) {
            throw new NotFoundException("Target", code + "/" + targetCode);
        }
        List<TargetSpec> targets = new ArrayList<>(current.targets());
        targets.set(index, json.merge(targets.get(index), TargetPatch.fields(patch)));
        try {
            return save(agreement, current.withTargets(targets));
        } catch (InvalidInputException invalid) {
            throw TargetPatch.relativeTo(index, invalid);
        }
    }

    @PreAuthorize(DRAFTERS)
    public AgreementView submit(String code, @Size(max = NOTE_LENGTH) String note) {
        return transition(code, (agreement, version) -> changes.submit(agreement, version, note), "SUBMIT");
    }

    @PreAuthorize(MANAGERS)
    public AgreementView approve(String code) {
        return transition(code, changes::approve, "APPROVE");
    }

    @PreAuthorize(MANAGERS)
    public AgreementView returnToDraft(String code, @Size(max = NOTE_LENGTH) String reason) {
        return transition(code, (agreement, version) -> changes.returnToDraft(agreement, version, reason), "RETURN");
    }

    /** Puts the approved version in force; the version it replaces is superseded. */
    @PreAuthorize(MANAGERS)
    public AgreementView publish(String code) {
        return transition(code, changes::publish, "PUBLISH");
    }

    /** Ends the agreement in force; an SLA with UCs behind it raises the matching UC reviews. */
    @PreAuthorize(MANAGERS)
    public AgreementView terminate(String code, @Size(max = NOTE_LENGTH) String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(FieldProblem.of("reason", "validation.required", "is required"));
        }
        return transition(code, (agreement, version) -> changes.terminate(agreement, version, reason), "TERMINATE");
    }

    /** Records a service review (annual or after a major incident); the next is due a year later. */
    @PreAuthorize(MANAGERS)
    public AgreementView recordReview(String code, LocalDate heldOn, @Size(max = 20) @SingleLine String kind,
            @Size(max = 20000) String minutes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (heldOn == null) {
            problems.add(FieldProblem.of("heldOn", "validation.required", "is required"));
        } else if (!InputBounds.within(heldOn)) {
            problems.add(InputBounds.outsideYears("heldOn"));
        }
        if (minutes == null || minutes.isBlank()) {
            problems.add(FieldProblem.of("minutes", "validation.required", "is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Agreement agreement = find(code);
        changes.recordReview(agreement, heldOn, kind == null || kind.isBlank() ? "ANNUAL" : kind, minutes);
        audit.record("AgreementReview", code, AuditAction.CREATE, null,
                Map.of("heldOn", heldOn.toString(), "kind", kind == null ? "ANNUAL" : kind));
        return queries.view(agreement);
    }

    @PreAuthorize(MANAGERS)
    public void closeTask(long id) {
        changes.closeTask(id);
    }

    private AgreementView save(Agreement agreement, AgreementDocument document) {
        agreement.refuseIfTerminated();
        AgreementDocument forced = new AgreementDocument(agreement.getType().name(), agreement.getCode(), document.name(),
                document.nameZh(), document.nameEn(), document.level(), document.parent(), document.customer(),
                document.team(), document.provider(), document.services(), document.validFrom(), document.validTo(),
                document.calendar(), document.priorityMatrix(), document.targets(), document.penalties(),
                document.warningRules(), document.escalations(), document.monthlyFee(), document.currency(),
                document.plannedOutages(), document.customerResponsibilities(), document.complaintProcedure(),
                document.workloadLimits(), document.financialTerms(), document.exceptions(), document.signatories(), null);
        Terms terms = DocumentValidator.validate(forced, directory);
        refuseBrokenRules(terms);
        Terms before = directory.currentTerms(agreement);
        if (terms.document().equals(before.document()) && !agreement.isNeedsRevision()) {
            return queries.view(agreement); // nothing changed: no new draft of a published agreement, no audit entry
        }
        changes.revise(agreement, before, terms);
        audit.record("Agreement", agreement.getCode(), AuditAction.UPDATE, before.document(), terms.document());
        return queries.view(agreement);
    }

    private void refuseBrokenRules(Terms terms) {
        List<Reason> reasons = new AgreementRules(directory::agreement).violations(terms);
        if (!reasons.isEmpty()) {
            throw new RuleViolationException(reasons);
        }
    }

    private AgreementView transition(String code, BiConsumer<Agreement, AgreementVersion> step,
            String action) {
        Agreement agreement = find(code);
        String before = agreement.getStatus().name();
        step.accept(agreement, directory.current(agreement));
        audit.record("Agreement", code, AuditAction.UPDATE, Map.of("status", before),
                Map.of("status", agreement.getStatus().name(), "action", action));
        return queries.view(agreement);
    }

    private Agreement find(String code) {
        return agreements.findByCode(code).orElseThrow(() -> new NotFoundException("Agreement", code));
    }
}
