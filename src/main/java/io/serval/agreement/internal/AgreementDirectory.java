package io.serval.agreement.internal;

import io.serval.calendar.CalendarService;
import io.serval.catalog.ServiceCatalog;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationKind;
import io.serval.identity.OrganisationView;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The rest of Serval as agreement validation sees it; other agreements as their current versions' terms. */
@Component
public class AgreementDirectory implements Directory {

    private final CalendarService calendars;
    private final IdentityService identity;
    private final ServiceCatalog catalog;
    private final Agreements agreements;
    private final AgreementVersions versions;
    private final DocumentJson json;
    private final Map<Long, CachedTerms> parsed = new ConcurrentHashMap<>();

    private record CachedTerms(long lockVersion, Terms terms) {
    }

    AgreementDirectory(CalendarService calendars, IdentityService identity, ServiceCatalog catalog, Agreements agreements,
            AgreementVersions versions, DocumentJson json) {
        this.calendars = calendars;
        this.identity = identity;
        this.catalog = catalog;
        this.agreements = agreements;
        this.versions = versions;
        this.json = json;
    }

    @Override
    public boolean calendarExists(String code) {
        return calendars.exists(code);
    }

    @Override
    public Optional<OrganisationKind> organisationKind(String code) {
        return identity.findOrganisation(code).map(OrganisationView::kind);
    }

    @Override
    public boolean serviceExists(String code) {
        return catalog.exists(code);
    }

    @Override
    public Optional<Terms> agreement(String code) {
        return agreements.findByCode(code).map(this::currentTerms);
    }

    public AgreementVersion current(Agreement agreement) {
        return versions.findByAgreementAndNumber(agreement, agreement.getCurrentVersionNo()).orElseThrow();
    }

    public Terms currentTerms(Agreement agreement) {
        return terms(current(agreement));
    }

    /** The terms of the version in force, or of the working version where none is published yet. */
    public Terms termsInForce(Agreement agreement) {
        return terms(published(agreement).orElseGet(() -> current(agreement)));
    }

    /**
     * A version's terms, parsed once per stored state: rules and effective-target lookups read many agreements
     * on every call, and a version row only changes with its own optimistic-lock version.
     */
    public Terms terms(AgreementVersion version) {
        CachedTerms cached = parsed.get(version.getId());
        if (cached != null && cached.lockVersion() == version.getVersion()) {
            return cached.terms();
        }
        Terms terms = DocumentReader.stored(json.read(version.getContent()));
        parsed.put(version.getId(), new CachedTerms(version.getVersion(), terms));
        return terms;
    }

    /** The version in force, if one is published. */
    public Optional<AgreementVersion> published(Agreement agreement) {
        return agreement.getPublishedVersionNo() == null ? Optional.empty()
                : versions.findByAgreementAndNumber(agreement, agreement.getPublishedVersionNo());
    }
}
