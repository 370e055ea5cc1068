package io.serval.agreement;

import io.serval.agreement.internal.Agreement;
import io.serval.agreement.internal.AgreementDirectory;
import io.serval.agreement.internal.AgreementReadModel;
import io.serval.agreement.internal.AgreementReview;
import io.serval.agreement.internal.AgreementReviews;
import io.serval.agreement.internal.AgreementRules;
import io.serval.agreement.internal.AgreementTasks;
import io.serval.agreement.internal.AgreementVersion;
import io.serval.agreement.internal.AgreementVersions;
import io.serval.agreement.internal.Agreements;
import io.serval.agreement.internal.DocumentDiff;
import io.serval.agreement.internal.DocumentJson;
import io.serval.agreement.internal.Target;
import io.serval.agreement.internal.Terms;
import io.serval.agreement.internal.Words;
import io.serval.catalog.ServiceCatalog;
import io.serval.core.NotFoundException;
import io.serval.core.Reason;
import io.serval.identity.CurrentUser;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationKind;
import io.serval.core.RoleSets;
import io.serval.identity.ServalPrincipal;
import io.serval.web.ListQuery;
import io.serval.web.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads agreements as the caller may see them: internal staff see every agreement and its working draft;
 * customers only their own organisation's SLAs, providers their own UCs, and only the version in force.
 */
@Service
@Transactional(readOnly = true)
public class AgreementQueries {

    private final Agreements agreements;
    private final AgreementVersions versions;
    private final AgreementTasks tasks;
    private final AgreementReviews reviews;
    private final AgreementDirectory directory;
    private final DocumentJson json;
    private final CurrentUser currentUser;
    private final IdentityService identity;
    private final ServiceCatalog catalog;
    private final Problems problems;
    private final AgreementReadModel readModel;
    private final EffectiveTargets effectiveTargets;
    private final Clock clock;

    AgreementQueries(Agreements agreements, AgreementVersions versions, AgreementTasks tasks, AgreementReviews reviews,
            AgreementDirectory directory, DocumentJson json, CurrentUser currentUser, IdentityService identity,
            ServiceCatalog catalog, Problems problems, AgreementReadModel readModel, EffectiveTargets effectiveTargets,
            Clock clock) {
        this.readModel = readModel;
        this.effectiveTargets = effectiveTargets;
        this.clock = clock;
        this.agreements = agreements;
        this.versions = versions;
        this.tasks = tasks;
        this.reviews = reviews;
        this.directory = directory;
        this.json = json;
        this.currentUser = currentUser;
        this.identity = identity;
        this.catalog = catalog;
        this.problems = problems;
    }

    /** Agreements visible to the caller, filtered by type, status and text (all optional). */
    public List<AgreementSummary> list(String type, String status, String text) {
        return visible().stream()
                .filter(a -> type == null || type.isBlank() || a.getType().name().equalsIgnoreCase(type))
                .filter(a -> status == null || status.isBlank() || a.getStatus().name().equalsIgnoreCase(status))
                .filter(a -> ListQuery.matches(text, a.getCode(), a.name().zh(), a.name().en(), a.getPartyCode()))
                .map(a -> new AgreementSummary(a.getCode(), a.getType().name(), a.getLevel() == null ? null : a.getLevel().name(),
                        a.name().inCurrentLanguage(), a.name().zh(), a.name().en(), a.getPartyCode(), a.getParentCode(),
                        restricted() ? "PUBLISHED" : a.getStatus().name(),
                        restricted() ? a.getPublishedVersionNo() : a.getCurrentVersionNo(), a.getPublishedVersionNo(),
                        !restricted() && a.isNeedsRevision(), a.getNextReviewDue()))
                .toList();
    }

    /** @throws NotFoundException when it does not exist or is not the caller's to see */
    public AgreementView get(String code) {
        return view(visibleAgreement(code));
    }

    /**
     * The agreement as the caller may see it. Customers and providers see the version in force only, without its
     * internal editing history (who changed it when, revision notices) and without other organisations' agreements.
     */
    public AgreementView view(Agreement a) {
        if (restricted()) {
            AgreementVersion inForce = directory.published(a).orElseThrow();
            return new AgreementView(a.getCode(), a.getType().name(), inForce.getStatus().name(), inForce.getNumber(),
                    a.getPublishedVersionNo(), false, List.of(), a.getNextReviewDue(), inForce.getPublishedAt(), null,
                    a.getVersion(), json.shown(inForce.getContent()).forOutsiders().withVersion(a.getVersion()));
        }
        AgreementVersion current = directory.current(a);
        return new AgreementView(a.getCode(), a.getType().name(), current.getStatus().name(), current.getNumber(),
                a.getPublishedVersionNo(), a.isNeedsRevision(), a.reasons().stream().map(problems::text).toList(),
                a.getNextReviewDue(), a.getUpdatedAt(), a.getUpdatedBy(), a.getVersion(),
                json.shown(current.getContent()).withVersion(a.getVersion()));
    }

    public List<VersionView> versions(String code) {
        Agreement a = visibleAgreement(code);
        return versions.findByAgreementOrderByNumberDesc(a).stream()
                .filter(v -> !restricted() || v.getPublishedAt() != null)
                .map(this::versionView).toList();
    }

    public VersionView version(String code, int number) {
        return versions(code).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Version", code + " " + number));
    }

    public VersionDiff diff(String code, int from, int to) {
        VersionView before = version(code, from);
        VersionView after = version(code, to);
        return new VersionDiff(code, from, to,
                DocumentDiff.between(json.tree(before.document()), json.tree(after.document()), problems::text));
    }

    /**
     * An SLA's own targets with those it inherits. Staff see them for the working version (with the ancestors'
     * working versions); customers for the versions in force.
     */
    public List<AgreementRules.Inherited> effectiveTargetsOf(String code) {
        Agreement a = visibleAgreement(code);
        if (restricted()) {
            return new AgreementRules(c -> agreements.findByCode(c).filter(p -> p.getPublishedVersionNo() != null)
                    .map(this::termsInForce)).effectiveTargets(termsInForce(a));
        }
        return new AgreementRules(directory::agreement).effectiveTargets(directory.currentTerms(a));
    }

    /**
     * The target in force today for a customer, service, priority and metric ({@link EffectiveTargets}), for a
     * caller who may see that customer's agreements.
     */
    public EffectiveTarget effectiveTarget(String customer, String service, String priority, String metric) {
        if (customer == null || identity.findOrganisation(customer).filter(o -> o.kind() == OrganisationKind.CUSTOMER).isEmpty()) {
            throw new NotFoundException("Customer", customer);
        }
        if (restricted() && !customer.equals(currentUser.principal().map(ServalPrincipal::getOrganisationCode).orElse(null))) {
            throw new NotFoundException("Customer", customer);
        }
        if (service == null || !catalog.exists(service)) {
            throw new NotFoundException("Service", service);
        }
        Metric wanted;
        try {
            wanted = Metric.valueOf(metric == null ? "" : metric.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Metric", metric);
        }
        return effectiveTargets.find(customer, service, priority, wanted, LocalDate.now(clock))
                .orElseThrow(() -> new NotFoundException("Target",
                        metric + " " + (priority == null ? "" : priority + " ") + "for " + customer + "/" + service));
    }

    /** The OLA/UC targets that underpin each target of an SLA: "SLA target code" → ["OLA-DESK/T1", …] (staff only). */
    @PreAuthorize(RoleSets.STAFF)
    public Map<String, List<String>> underpinnersOf(String slaCode) {
        Map<String, List<String>> underpinners = new TreeMap<>();
        readModel.underpinnersOf(slaCode).forEach(u ->
                underpinners.computeIfAbsent(u.slaTarget(), k -> new ArrayList<>()).add(u.agreement() + "/" + u.target()));
        return underpinners;
    }

    /** Every SLA target an OLA/UC could underpin: "SLA-CODE/TARGET" → what it asks, in words (staff only). */
    @PreAuthorize(RoleSets.STAFF)
    public Map<String, Reason> slaTargets() {
        Map<String, Reason> targets = new TreeMap<>();
        readModel.slaTargets().forEach((key, target) -> targets.put(key, Words.target(target)));
        return targets;
    }

    @PreAuthorize(RoleSets.STAFF)
    public List<AgreementTaskView> openTasks() {
        return tasks.findByStatusOrderByCreatedAtDesc("OPEN").stream().map(t -> t.view(problems::text)).toList();
    }

    /** Agreements whose service review falls due within {@code days} (or is overdue). */
    @PreAuthorize(RoleSets.STAFF)
    public List<AgreementSummary> reviewsDue(int days) {
        LocalDate until = LocalDate.now(clock).plusDays(days);
        List<String> due = agreements.findReviewDueBy(until).stream().map(Agreement::getCode).toList();
        return list(null, null, null).stream().filter(s -> due.contains(s.code()))
                .sorted(Comparator.comparing(AgreementSummary::nextReviewDue)).toList();
    }

    public List<AgreementReview> reviews(String code) {
        visibleAgreement(code);
        return reviews.findByAgreementCodeOrderByHeldOnDesc(code);
    }

    private Terms termsInForce(Agreement a) {
        return directory.termsInForce(a);
    }

    private VersionView versionView(AgreementVersion v) {
        if (restricted()) { // what was published and when; not who drafted, reviewed or approved it
            return new VersionView(v.getNumber(), v.getStatus().name(), null, null, null, null, null, null, null,
                    v.getPublishedAt(), null, json.shown(v.getContent()).forOutsiders());
        }
        return new VersionView(v.getNumber(), v.getStatus().name(), v.getNote(), v.getCreatedAt(), v.getCreatedBy(),
                v.getSubmittedAt(), v.getSubmittedBy(), v.getApprovedAt(), v.getApprovedBy(), v.getPublishedAt(),
                v.getPublishedBy(), json.shown(v.getContent()));
    }

    private Agreement visibleAgreement(String code) {
        return agreements.findByCode(code).filter(this::visibleToCaller)
                .orElseThrow(() -> new NotFoundException("Agreement", code));
    }

    /** The same rule as {@link #visible()}, for one agreement. */
    private boolean visibleToCaller(Agreement a) {
        if (!restricted()) {
            return true;
        }
        ServalPrincipal p = currentUser.principal().orElseThrow();
        AgreementType type = p.getOrganisationKind() == OrganisationKind.CUSTOMER ? AgreementType.SLA : AgreementType.UC;
        return a.getType() == type && p.getOrganisationCode().equals(a.getPartyCode()) && a.getPublishedVersionNo() != null;
    }

    private List<Agreement> visible() {
        Optional<ServalPrincipal> principal = currentUser.principal();
        if (!restricted()) {
            return agreements.findAllByOrderByTypeAscCodeAsc();
        }
        ServalPrincipal p = principal.orElseThrow();
        AgreementType type = p.getOrganisationKind() == OrganisationKind.CUSTOMER ? AgreementType.SLA : AgreementType.UC;
        return agreements.findInForceFor(p.getOrganisationCode(), type);
    }

    private boolean restricted() {
        return currentUser.scope().restricted();
    }
}
