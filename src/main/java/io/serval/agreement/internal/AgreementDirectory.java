package io.serval.agreement.internal;

import io.serval.calendar.CalendarService;
import io.serval.catalog.ServiceCatalog;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationKind;
import io.serval.identity.OrganisationView;
import java.util.Optional;
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
        return DocumentReader.stored(json.read(current(agreement).getContent()));
    }

    /** The version in force, if one is published. */
    public Optional<AgreementVersion> published(Agreement agreement) {
        return agreement.getPublishedVersionNo() == null ? Optional.empty()
                : versions.findByAgreementAndNumber(agreement, agreement.getPublishedVersionNo());
    }
}
