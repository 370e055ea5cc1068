package io.serval.catalog;

import io.serval.core.Texts;
import io.serval.audit.AuditAction;
import io.serval.audit.AuditTrail;
import io.serval.calendar.CalendarService;
import io.serval.catalog.internal.CatalogEntries;
import io.serval.catalog.internal.CatalogEntry;
import io.serval.catalog.internal.ServiceRequirement;
import io.serval.catalog.internal.ServiceRequirementRecords;
import io.serval.core.FieldProblem;
import io.serval.core.InputBounds;
import io.serval.core.InvalidInputException;
import io.serval.core.LocalizedText;
import io.serval.core.NotFoundException;
import io.serval.core.ShortDurations;
import io.serval.identity.CurrentUser;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationKind;
import io.serval.identity.OrganisationView;
import io.serval.core.RoleSets;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service requirement specifications (服务需求说明书) per customer organisation and service. Customers read only
 * their own organisation's (the scope is applied in the query); internal staff read all; administrators,
 * service level managers and business relationship managers write them.
 */
@Service
@Transactional(readOnly = true)
public class ServiceRequirements {

    static final String EDITORS = RoleSets.REQUIREMENT_EDITORS;

    private final ServiceRequirementRecords records;
    private final CatalogEntries services;
    private final CalendarService calendars;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    ServiceRequirements(ServiceRequirementRecords records, CatalogEntries services, CalendarService calendars,
            IdentityService identity, CurrentUser currentUser, AuditTrail audit) {
        this.records = records;
        this.services = services;
        this.calendars = calendars;
        this.identity = identity;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The specifications the caller may see, optionally of one customer organisation and/or one service. */
    public List<ServiceRequirementView> list(String organisation, String service) {
        List<ServiceRequirement> found = records.findVisible(currentUser.scope().organisationId(),
                Texts.blankToNull(organisation), Texts.blankToNull(service));
        Map<String, String> names = organisationNames();
        return found.stream().map(r -> view(r, names)).toList();
    }

    /** @throws NotFoundException when it does not exist or belongs to another organisation than the caller's */
    public ServiceRequirementView get(long id) {
        return view(find(id), organisationNames());
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public ServiceRequirementView create(ServiceRequirementCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationView organisation = null;
        String organisationCode = Texts.blankToNull(command.organisation());
        if (organisationCode == null) {
            problems.add(FieldProblem.of("organisation", "validation.required", "is required"));
        } else {
            organisation = identity.findOrganisation(organisationCode).orElse(null);
            if (organisation == null) {
                problems.add(FieldProblem.of("organisation", "catalog.requirement.organisation.unknown",
                        "there is no organisation ''{0}''", organisationCode));
            } else if (organisation.kind() != OrganisationKind.CUSTOMER) {
                problems.add(FieldProblem.of("organisation", "catalog.requirement.organisation.notCustomer",
                        "''{0}'' is not a customer organisation", organisationCode));
            }
        }
        CatalogEntry service = null;
        String serviceCode = Texts.blankToNull(command.service());
        if (serviceCode == null) {
            problems.add(FieldProblem.of("service", "validation.required", "is required"));
        } else {
            service = services.findByCode(serviceCode).orElse(null);
            if (service == null) {
                problems.add(FieldProblem.of("service", "catalog.requirement.service.unknown", "there is no service ''{0}''",
                        serviceCode));
            } else if (organisation != null && records.existsByOrganisationIdAndServiceCode(organisation.id(), serviceCode)) {
                problems.add(FieldProblem.of("service", "catalog.requirement.duplicate",
                        "{0} already has a requirement specification for {1}", organisationCode, serviceCode));
            }
        }
        ServiceRequirement requirement = new ServiceRequirement(organisation == null ? 0 : organisation.id(),
                organisationCode, service);
        apply(requirement, command, problems);
        ServiceRequirementView created = view(records.saveAndFlush(requirement), organisationNames());
        audit.record("ServiceRequirement", key(created), AuditAction.CREATE, null, created);
        return created;
    }

    /**
     * Replaces the specification's content (its organisation and service stay); {@code command.version()} must be
     * the version the editor read.
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public ServiceRequirementView update(long id, ServiceRequirementCommand command) {
        ServiceRequirement requirement = find(id);
        requirement.checkVersion(command.version());
        Map<String, String> names = organisationNames();
        ServiceRequirementView before = view(requirement, names);
        apply(requirement, command, new ArrayList<>());
        ServiceRequirementView after = view(records.saveAndFlush(requirement), names);
        audit.record("ServiceRequirement", key(after), AuditAction.UPDATE, before, after);
        return after;
    }

    private ServiceRequirement find(long id) {
        return records.findVisible(id, currentUser.scope().organisationId())
                .orElseThrow(() -> new NotFoundException("Service requirement", id));
    }

    private void apply(ServiceRequirement r, ServiceRequirementCommand c, List<FieldProblem> problems) {
        String expectations = ServiceCatalog.text(c.expectations(), "expectations", 4000, problems);
        String availableTimes = ServiceCatalog.text(c.availableTimes(), "availableTimes", 2000, problems);
        String calendar = Texts.blankToNull(c.calendar());
        if (calendar != null && !calendars.exists(calendar)) {
            problems.add(FieldProblem.of("calendar", "catalog.calendar.unknown", "there is no calendar ''{0}''", calendar));
        }
        String continuity = ServiceCatalog.text(c.continuity(), "continuity", 4000, problems);
        String functions = ServiceCatalog.text(c.functions(), "functions", 4000, problems);
        String baselines = ServiceCatalog.text(c.baselines(), "baselines", 4000, problems);
        BigDecimal availability = c.availabilityPercent();
        if (availability != null && (availability.signum() <= 0 || availability.compareTo(BigDecimal.valueOf(100)) > 0
                || availability.scale() > 4)) {
            problems.add(FieldProblem.of("availabilityPercent", "catalog.requirement.percent.invalid",
                    "must be more than 0 and at most 100, with at most 4 decimals"));
        }
        if (c.maxFailures() != null && c.maxFailures() < 0) {
            problems.add(FieldProblem.of("maxFailures", "catalog.requirement.count.negative", "must not be negative"));
        }
        String failurePeriod = period(c.failurePeriod(), "failurePeriod", problems);
        if (c.maxFailures() != null && failurePeriod == null && !problems.stream().anyMatch(p -> p.field().equals("failurePeriod"))) {
            problems.add(FieldProblem.of("failurePeriod", "catalog.requirement.period.required",
                    "say over which period the number of failures counts (e.g. P1M)"));
        }
        String mtbf = duration(c.meanTimeBetweenFailures(), "meanTimeBetweenFailures", problems);
        String failureDuration = duration(c.maxFailureDuration(), "maxFailureDuration", problems);
        String response = duration(c.responseTime(), "responseTime", problems);
        String turnaround = duration(c.turnaroundTime(), "turnaroundTime", problems);
        String agreement = Texts.blankToNull(c.answeringAgreement());
        if (agreement != null && !ServiceCatalog.CODE.matcher(agreement).matches()) {
            problems.add(FieldProblem.of("answeringAgreement", "catalog.code.invalid",
                    "use 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        r.specify(expectations, availableTimes, calendar, continuity, functions, baselines);
        r.measure(availability, c.maxFailures(), failurePeriod,
                ShortDurations.keepStored(r.getMeanTimeBetweenFailures(), mtbf),
                ShortDurations.keepStored(r.getMaxFailureDuration(), failureDuration),
                ShortDurations.keepStored(r.getResponseTime(), response),
                ShortDurations.keepStored(r.getTurnaroundTime(), turnaround), agreement);
    }

    /**
     * A duration more than zero, written as the agreement form takes it ("4h", "30m", "1h 30m") or in ISO-8601
     * (PT4H, P2D); stored in ISO-8601.
     */
    static String duration(String value, String field, List<FieldProblem> problems) {
        String t = Texts.blankToNull(value);
        if (t == null) {
            return null;
        }
        String upper = ShortDurations.toIso(t);
        try {
            Duration d = Duration.parse(upper);
            if (d.isNegative() || d.isZero()) {
                problems.add(FieldProblem.of(field, "catalog.requirement.duration.positive", "must be more than zero"));
            } else if (!InputBounds.within(d)) {
                problems.add(InputBounds.durationTooLong(field));
            } else if (upper.length() > 40) {
                problems.add(FieldProblem.of(field, "validation.tooLong", "is longer than {0} characters", 40));
            }
            return upper;
        } catch (DateTimeException e) {
            problems.add(FieldProblem.of(field, "catalog.requirement.duration.invalid",
                    "''{0}'' is not an ISO-8601 duration such as PT4H or P1DT12H", value));
            return null;
        }
    }

    /** An ISO-8601 period such as P1M, P3M or P1Y, more than zero. */
    static String period(String value, String field, List<FieldProblem> problems) {
        String t = Texts.blankToNull(value);
        if (t == null) {
            return null;
        }
        String upper = t.toUpperCase(java.util.Locale.ROOT);
        try {
            Period p = Period.parse(upper);
            if (p.isNegative() || p.isZero()) {
                problems.add(FieldProblem.of(field, "catalog.requirement.duration.positive", "must be more than zero"));
            } else if (!InputBounds.within(p)) {
                problems.add(InputBounds.periodTooLong(field));
            } else if (upper.length() > 20) {
                problems.add(FieldProblem.of(field, "validation.tooLong", "is longer than {0} characters", 20));
            }
            return upper;
        } catch (DateTimeException e) {
            problems.add(FieldProblem.of(field, "catalog.requirement.period.invalid",
                    "''{0}'' is not an ISO-8601 period such as P1M, P3M or P1Y", value));
            return null;
        }
    }

    /** 99.5000 as 99.5 and 100.0000 as 100 (not 1E+2). */
    private static BigDecimal plain(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private Map<String, String> organisationNames() {
        return identity.organisations().stream().collect(Collectors.toMap(OrganisationView::code, OrganisationView::name));
    }

    private static String key(ServiceRequirementView r) {
        return r.organisation() + "/" + r.service();
    }

    private static ServiceRequirementView view(ServiceRequirement r, Map<String, String> organisationNames) {
        CatalogEntry s = r.getService();
        return new ServiceRequirementView(r.getId(), r.getOrganisationCode(),
                organisationNames.getOrDefault(r.getOrganisationCode(), r.getOrganisationCode()), s.getCode(),
                new LocalizedText(s.getNameZh(), s.getNameEn()).inCurrentLanguage(), r.getExpectations(), r.getAvailableTimes(),
                r.getCalendar(), r.getContinuity(), r.getFunctions(), r.getBaselines(), plain(r.getAvailabilityPercent()),
                r.getMaxFailures(), r.getFailurePeriod(), r.getMeanTimeBetweenFailures(), r.getMaxFailureDuration(),
                r.getResponseTime(), r.getTurnaroundTime(), r.getAnsweringAgreement(), r.getUpdatedBy(),
                r.getUpdatedAt(), r.getVersion());
    }
}
