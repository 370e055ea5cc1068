package io.serval.catalog;

import io.serval.core.Texts;
import io.serval.audit.AuditAction;
import io.serval.audit.AuditTrail;
import io.serval.calendar.CalendarService;
import io.serval.catalog.internal.CatalogDiffer;
import io.serval.catalog.internal.CatalogEntries;
import io.serval.catalog.internal.CatalogEntry;
import io.serval.catalog.internal.CatalogVersion;
import io.serval.catalog.internal.CatalogVersions;
import io.serval.catalog.internal.PublishedService;
import io.serval.core.ConcurrentChangeException;
import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.LocalizedText;
import io.serval.core.NotFoundException;
import io.serval.core.Reason;
import io.serval.core.RuleViolationException;
import io.serval.identity.IdentityService;
import io.serval.core.RoleSets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The service catalog: services, their packages and the published catalog versions. Every authenticated user
 * (customers and providers too) reads it; administrators and service level managers change and publish it.
 */
@Service
@Transactional(readOnly = true)
public class ServiceCatalog {

    static final String EDITORS = RoleSets.SERVICE_LEVEL_MANAGERS;
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    private static final int NAME_LENGTH = 200;

    private final CatalogEntries entries;
    private final CatalogVersions versions;
    private final CalendarService calendars;
    private final IdentityService identity;
    private final AuditTrail audit;
    private final ObjectMapper json;

    ServiceCatalog(CatalogEntries entries, CatalogVersions versions, CalendarService calendars,
            IdentityService identity, AuditTrail audit, ObjectMapper json) {
        this.entries = entries;
        this.versions = versions;
        this.calendars = calendars;
        this.identity = identity;
        this.audit = audit;
        this.json = json;
    }

    /** All services, active and retired, by code. */
    public List<ServiceView> list() {
        return entries.findAllByOrderByCode().stream().map(ServiceCatalog::view).toList();
    }

    /**
     * Services whose code, names, descriptions, owner or delivery notes contain {@code text}, or one of whose
     * components or packages does; {@code text} and {@code status} may be null (no filter).
     */
    public List<ServiceView> search(String text, ServiceStatus status) {
        return entries.search(Texts.blankToNull(text), status).stream().map(ServiceCatalog::view).toList();
    }

    public Optional<ServiceView> find(String code) {
        return code == null ? Optional.empty() : entries.findByCode(code).map(ServiceCatalog::view);
    }

    /** @throws NotFoundException when there is no service with this code */
    public ServiceView get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Service", code));
    }

    public boolean exists(String code) {
        return code != null && entries.existsByCode(code);
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public ServiceView create(ServiceCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = command.code() == null ? null : command.code().trim();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(FieldProblem.of("code", "catalog.code.invalid",
                    "use 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        } else if (entries.existsByCode(code)) {
            problems.add(FieldProblem.of("code", "catalog.code.taken", "a service with code {0} already exists", code));
        }
        Checked checked = check(command, problems);
        CatalogEntry entry = new CatalogEntry(code);
        checked.applyTo(entry);
        entry.markCritical(Boolean.TRUE.equals(command.critical()));
        ServiceView created = view(entries.saveAndFlush(entry));
        audit.record("Service", created.code(), AuditAction.CREATE, null, created);
        return created;
    }

    /** Replaces a service's description; {@code command.version()} must be the version the editor read. */
    @Transactional
    @PreAuthorize(EDITORS)
    public ServiceView update(String code, ServiceCommand command) {
        CatalogEntry entry = entries.findByCode(code).orElseThrow(() -> new NotFoundException("Service", code));
        entry.checkVersion(command.version());
        Checked checked = check(command, new ArrayList<>());
        ServiceView before = view(entry);
        checked.applyTo(entry);
        if (command.critical() != null) {
            entry.markCritical(command.critical());
        }
        ServiceView after = view(entries.saveAndFlush(entry));
        audit.record("Service", code, AuditAction.UPDATE, before, after);
        return after;
    }

    /**
     * Publishes the active services as the next catalog version; refused when nothing changed since the latest
     * version, so that every version says something.
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public CatalogVersionSummary publish(String note) {
        String n = Texts.blankToNull(note);
        if (n != null && n.length() > 2000) {
            throw new InvalidInputException(FieldProblem.of("note", "validation.tooLong",
                    "is longer than {0} characters", 2000));
        }
        List<PublishedService> services = current();
        Optional<CatalogVersion> latest = versions.findFirstByOrderByNumberDesc();
        if (diff(null, null, latest.map(this::snapshot).orElse(List.of()), services).empty()) {
            throw new RuleViolationException(latest.isPresent()
                    ? Reason.of("catalog.publish.unchanged", "nothing has changed since version {0}: there is nothing to publish",
                            latest.get().getNumber())
                    : Reason.of("catalog.publish.noServices", "there is no active service to publish"));
        }
        int last = versions.lastNumber();
        CatalogVersion saved;
        try {
            saved = versions.saveAndFlush(new CatalogVersion(last + 1, n, services.size(),
                    json.writeValueAsString(services)));
        } catch (DataIntegrityViolationException concurrentPublish) {
            throw new ConcurrentChangeException("The catalog", last, last + 1);
        }
        CatalogVersionSummary summary = summary(saved);
        audit.record("CatalogVersion", String.valueOf(summary.number()), AuditAction.CREATE, null, summary);
        return summary;
    }

    /** The published versions, newest first. */
    public List<CatalogVersionSummary> versions() {
        return versions.summaries();
    }

    public Optional<CatalogVersionSummary> latestVersion() {
        return versions.findFirstByOrderByNumberDesc().map(ServiceCatalog::summary);
    }

    /** @throws NotFoundException when version {@code number} was never published */
    public CatalogVersionView version(int number) {
        CatalogVersion v = findVersion(number);
        return new CatalogVersionView(v.getNumber(), v.getNote(), v.getCreatedBy(), v.getCreatedAt(),
                snapshot(v).stream().map(ServiceCatalog::view).toList());
    }

    /** What version {@code number} changed against the version before it (everything is added in version 1). */
    public CatalogDiff diff(int number) {
        CatalogVersion v = findVersion(number);
        Optional<CatalogVersion> previous = versions.findFirstByNumberLessThanOrderByNumberDesc(number);
        return diff(v.getNumber(), previous.map(CatalogVersion::getNumber).orElse(null),
                previous.map(this::snapshot).orElse(List.of()), snapshot(v));
    }

    /** What publishing now would change against the latest published version (for those who publish). */
    @PreAuthorize(EDITORS)
    public CatalogDiff unpublishedChanges() {
        Optional<CatalogVersion> latest = versions.findFirstByOrderByNumberDesc();
        return diff(null, latest.map(CatalogVersion::getNumber).orElse(null),
                latest.map(this::snapshot).orElse(List.of()), current());
    }

    private List<PublishedService> current() {
        return entries.findByStatusOrderByCode(ServiceStatus.ACTIVE).stream().map(PublishedService::of).toList();
    }

    private CatalogVersion findVersion(int number) {
        return versions.findByNumber(number).orElseThrow(() -> new NotFoundException("Catalog version", number));
    }

    private List<PublishedService> snapshot(CatalogVersion v) {
        return Arrays.asList(json.readValue(v.getSnapshot(), PublishedService[].class));
    }

    private static CatalogDiff diff(Integer version, Integer previous, List<PublishedService> before,
            List<PublishedService> after) {
        CatalogDiffer.Result result = CatalogDiffer.compare(before, after);
        return new CatalogDiff(version, previous,
                result.added().stream().map(ServiceCatalog::view).toList(),
                result.removed().stream().map(ServiceCatalog::view).toList(),
                result.changed().stream().map(c -> new CatalogDiff.ServiceChange(c.service().code(),
                        new LocalizedText(c.service().nameZh(), c.service().nameEn()).inCurrentLanguage(), c.fields())).toList());
    }

    /** A command checked field by field; every problem is reported at once. */
    private record Checked(String nameZh, String nameEn, String descriptionZh, String descriptionEn, String owner,
            List<String> components, String deliveryNotes, String calendar, ServiceStatus status,
            List<PackageView> packages) {

        void applyTo(CatalogEntry entry) {
            entry.describe(nameZh, nameEn, descriptionZh, descriptionEn, owner, components, deliveryNotes, calendar,
                    status, packages);
        }
    }

    private Checked check(ServiceCommand c, List<FieldProblem> problems) {
        LocalizedText name = LocalizedText.entered("name", c.nameZh(), c.nameEn(), null, NAME_LENGTH, true, problems);
        String descriptionZh = text(c.descriptionZh(), "descriptionZh", 4000, problems);
        String descriptionEn = text(c.descriptionEn(), "descriptionEn", 4000, problems);
        String owner = text(c.owner(), "owner", 60, problems);
        if (owner == null) {
            problems.add(FieldProblem.of("owner", "validation.required", "is required"));
        } else if (!userExists(owner)) {
            problems.add(FieldProblem.of("owner", "catalog.owner.unknown", "there is no user ''{0}''", owner));
        }
        List<String> components = new ArrayList<>();
        Set<String> seenComponents = new HashSet<>();
        for (int i = 0; i < c.components().size(); i++) {
            String component = text(c.components().get(i), "components[" + i + "]", 200, problems);
            if (component == null) {
                continue; // an empty row is dropped
            }
            if (!seenComponents.add(component.toLowerCase(Locale.ROOT))) {
                problems.add(FieldProblem.of("components[" + i + "]", "catalog.component.duplicate",
                        "''{0}'' is listed twice", component));
            }
            components.add(component);
        }
        String deliveryNotes = text(c.deliveryNotes(), "deliveryNotes", 4000, problems);
        String calendar = calendar(c.calendar(), "calendar", true, problems);
        ServiceStatus status = ServiceStatus.ACTIVE;
        if (c.status() != null && !c.status().isBlank()) {
            try {
                status = ServiceStatus.valueOf(c.status().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("status", "catalog.status.invalid", "''{0}'' is not ACTIVE or RETIRED",
                        c.status()));
            }
        }
        List<PackageView> packages = new ArrayList<>();
        Set<String> seenPackages = new HashSet<>();
        for (int i = 0; i < c.packages().size(); i++) {
            PackageView p = c.packages().get(i);
            String field = "packages[" + i + "]";
            if (p == null || blank(p.code(), p.nameZh(), p.nameEn(), p.calendar(), p.description())) {
                continue; // an empty row is dropped
            }
            String code = p.code() == null ? null : p.code().trim();
            if (code == null || !CODE.matcher(code).matches()) {
                problems.add(FieldProblem.of(field + ".code", "catalog.code.invalid",
                        "use 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit"));
            } else if (!seenPackages.add(code.toUpperCase(Locale.ROOT))) {
                problems.add(FieldProblem.of(field + ".code", "catalog.package.duplicate",
                        "package {0} is listed twice", code));
            }
            LocalizedText pName = LocalizedText.entered(field + ".name", p.nameZh(), p.nameEn(), null, NAME_LENGTH, true,
                    problems);
            String pCalendar = calendar(p.calendar(), field + ".calendar", false, problems);
            String description = text(p.description(), field + ".description", 2000, problems);
            packages.add(new PackageView(code, pName.zh(), pName.en(), pCalendar == null ? calendar : pCalendar, description));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(name.zh(), name.en(), descriptionZh, descriptionEn, owner, components, deliveryNotes, calendar,
                status, packages);
    }

    private boolean userExists(String username) {
        try {
            identity.user(username);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private String calendar(String value, String field, boolean required, List<FieldProblem> problems) {
        String code = Texts.blankToNull(value);
        if (code == null) {
            if (required) {
                problems.add(FieldProblem.of(field, "validation.required", "is required"));
            }
            return null;
        }
        if (!calendars.exists(code)) {
            problems.add(FieldProblem.of(field, "catalog.calendar.unknown", "there is no calendar ''{0}''", code));
        }
        return code;
    }

    static String text(String value, String field, int max, List<FieldProblem> problems) {
        String t = Texts.blankToNull(value);
        if (t != null && t.length() > max) {
            problems.add(FieldProblem.of(field, "validation.tooLong", "is longer than {0} characters", max));
        }
        return t;
    }

    private static boolean blank(String... values) {
        return Arrays.stream(values).allMatch(v -> v == null || v.isBlank());
    }


    private static CatalogVersionSummary summary(CatalogVersion v) {
        return new CatalogVersionSummary(v.getNumber(), v.getNote(), v.getServiceCount(), v.getCreatedBy(),
                v.getCreatedAt());
    }

    static ServiceView view(CatalogEntry e) {
        return view(PublishedService.of(e));
    }

    private static ServiceView view(PublishedService s) {
        return new ServiceView(s.code(), new LocalizedText(s.nameZh(), s.nameEn()).inCurrentLanguage(), s.nameZh(), s.nameEn(),
                s.descriptionZh(), s.descriptionEn(), s.owner(), s.components(), s.deliveryNotes(), s.calendar(),
                s.status(), s.packages(), s.version(), s.critical());
    }
}
