package io.serval.catalog.internal;

import io.serval.catalog.CatalogDiff;
import io.serval.catalog.CatalogVersionSummary;
import io.serval.catalog.CatalogVersionView;
import io.serval.catalog.ServiceCatalog;
import io.serval.catalog.ServiceCommand;
import io.serval.catalog.ServiceStatus;
import io.serval.catalog.ServiceView;
import io.serval.web.ListQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Service catalog", description = "Services, their service-level packages and the published catalog "
        + "versions. Every user reads; administrators and service level managers change and publish.")
class CatalogApiController {

    /** The note of a publication. */
    record PublishRequest(String note) {
    }

    private final ServiceCatalog catalog;

    CatalogApiController(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "Services, a page at a time; q searches code, names, descriptions, owner, components and packages",
            description = "sort: name (default, in the caller's language), code")
    @GetMapping("/api/services")
    PagedModel<ServiceView> list(@Parameter(description = "text to search for") @RequestParam(required = false) String q,
            @Parameter(description = "ACTIVE or RETIRED") @RequestParam(required = false) ServiceStatus status,
            ListQuery list) {
        return new PagedModel<>(CatalogLists.services(catalog.search(q, status), CatalogLists.serviceOrder(list)));
    }

    @GetMapping("/api/services/{code}")
    ServiceView get(@PathVariable String code) {
        return catalog.get(code);
    }

    @Operation(summary = "Add a service (201); package calendars default to the service's calendar")
    @PostMapping("/api/services")
    ResponseEntity<ServiceView> create(@RequestBody ServiceCommand command) {
        ServiceView created = catalog.create(command);
        return ResponseEntity.created(URI.create("/api/services/" + created.code())).body(created);
    }

    @Operation(summary = "Replace a service; send the version you read (a stale one answers 409)")
    @PutMapping("/api/services/{code}")
    ServiceView update(@PathVariable String code, @RequestBody ServiceCommand command) {
        return catalog.update(code, command);
    }

    @Operation(summary = "Publish the active services as the next catalog version (201)")
    @PostMapping("/api/catalog/versions")
    ResponseEntity<CatalogVersionSummary> publish(@RequestBody(required = false) PublishRequest request) {
        CatalogVersionSummary published = catalog.publish(request == null ? null : request.note());
        return ResponseEntity.created(URI.create("/api/catalog/versions/" + published.number())).body(published);
    }

    @Operation(summary = "The published catalog versions, a page at a time; q searches note and publisher",
            description = "sort: number (default, newest first), publishedBy, services")
    @GetMapping("/api/catalog/versions")
    PagedModel<CatalogVersionSummary> versions(@Parameter(description = "text to search for")
            @RequestParam(required = false) String q, ListQuery list) {
        return new PagedModel<>(CatalogLists.versions(catalog.versions(), q, CatalogLists.versionOrder(list)));
    }

    @Operation(summary = "A published catalog version with its services as published")
    @GetMapping("/api/catalog/versions/{number}")
    CatalogVersionView version(@PathVariable int number) {
        return catalog.version(number);
    }

    @Operation(summary = "What a version changed against the one before: services added, removed, changed fields")
    @GetMapping("/api/catalog/versions/{number}/diff")
    CatalogDiff diff(@PathVariable int number) {
        return catalog.diff(number);
    }

    @Operation(summary = "What publishing now would change against the latest published version")
    @GetMapping("/api/catalog/unpublished-changes")
    CatalogDiff unpublishedChanges() {
        return catalog.unpublishedChanges();
    }
}
