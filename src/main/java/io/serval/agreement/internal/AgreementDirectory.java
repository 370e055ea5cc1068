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
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The rest of Serval as agreement validation sees it; other agreements as their current versions' terms. */
@Component
public class AgreementDirectory implements Directory {

    private final CalendarService calendars;
    private final IdentityService identity;
    private final ServiceCatalog catalog;
    private final Agreements agreements;
    private final AgreementVersions versions;
    private final DocumentJson json;
    private final Map<Long, Stamped> current = new ConcurrentHashMap<>();
    private final Map<Long, Stamped> inForce = new ConcurrentHashMap<>();

    /**
     * Cached terms with what they were parsed for: the code too, because an id can come back for another
     * agreement when a database is rebuilt under a running application (as tests do with several contexts).
     */
    private record Stamped(String code, int versionNo, long lockVersion, Terms terms) {
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

    /**
     * The terms of the working version. Parsed terms are cached per agreement under its own optimistic-lock
     * version, which every content change increments, so rules and lookups that read many agreements cost no
     * query on a hit.
     */
    public Terms currentTerms(Agreement agreement) {
        Stamped cached = current.get(agreement.getId());
        if (cached != null && cached.code().equals(agreement.getCode()) && cached.versionNo() == agreement.getCurrentVersionNo()
                && cached.lockVersion() == agreement.getVersion()) {
            return cached.terms();
        }
        Terms terms = parse(current(agreement));
        if (committedState()) {
            current.put(agreement.getId(), new Stamped(agreement.getCode(), agreement.getCurrentVersionNo(), agreement.getVersion(), terms));
        }
        return terms;
    }

    /** The terms of the version in force, or of the working version where none is published yet. */
    public Terms termsInForce(Agreement agreement) {
        if (agreement.getPublishedVersionNo() == null) {
            return currentTerms(agreement);
        }
        Stamped cached = inForce.get(agreement.getId());
        if (cached != null && cached.code().equals(agreement.getCode()) && cached.versionNo() == agreement.getPublishedVersionNo()) {
            return cached.terms(); // a published version's content never changes
        }
        Terms terms = parse(published(agreement).orElseThrow());
        if (committedState()) {
            inForce.put(agreement.getId(), new Stamped(agreement.getCode(), agreement.getPublishedVersionNo(), 0, terms));
        }
        return terms;
    }

    /**
     * Only what a read-only transaction (or none) sees goes into the cache: a writing transaction may still roll
     * back a state whose lock version a later change would reuse.
     */
    private static boolean committedState() {
        return !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private Terms parse(AgreementVersion version) {
        return StoredTerms.of(json.read(version.getContent()));
    }

    /** The version in force, if one is published. */
    public Optional<AgreementVersion> published(Agreement agreement) {
        return agreement.getPublishedVersionNo() == null ? Optional.empty()
                : versions.findByAgreementAndNumber(agreement, agreement.getPublishedVersionNo());
    }
}
