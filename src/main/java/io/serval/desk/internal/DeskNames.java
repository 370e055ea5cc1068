package io.serval.desk.internal;

import io.serval.catalog.ServiceCatalog;
import io.serval.catalog.ServiceView;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The names the desk's pages show for the codes a ticket holds (its service, its customer, its support group), in
 * the reader's language: the ticket pages and the desk's operations pages (duty view, major incident) alike.
 */
@ControllerAdvice(assignableTypes = {TicketPageController.class, DeskPageController.class})
class DeskNames {

    private final ServiceCatalog catalog;
    private final IdentityService identity;

    DeskNames(ServiceCatalog catalog, IdentityService identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    /** Service code → name, for every service (retired ones still name old tickets). */
    @ModelAttribute("serviceNames")
    Map<String, String> serviceNames() {
        return catalog.list().stream().collect(Collectors.toMap(ServiceView::code, ServiceView::name, (a, b) -> a,
                LinkedHashMap::new));
    }

    /** Organisation code → name (customers and support groups), as far as the reader may see organisations. */
    @ModelAttribute("organisationNames")
    Map<String, String> organisationNames() {
        return identity.organisations().stream().collect(Collectors.toMap(OrganisationView::code, OrganisationView::name));
    }
}
