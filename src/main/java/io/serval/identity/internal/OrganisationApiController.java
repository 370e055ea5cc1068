package io.serval.identity.internal;

import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationCommand;
import io.serval.identity.OrganisationKind;
import io.serval.identity.OrganisationView;
import io.serval.web.ListQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organisations: customers and providers see only their own; administrators change them. */
@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Identity")
class OrganisationApiController {

    private final IdentityService identity;

    OrganisationApiController(IdentityService identity) {
        this.identity = identity;
    }

    @Operation(summary = "The organisations you may see, a page at a time, of one kind; q searches code and name",
            description = "sort: code (default), name, kind")
    @GetMapping
    PagedModel<OrganisationView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationKind kind, ListQuery list) {
        return new PagedModel<>(IdentityLists.organisations(identity.organisations(), q, kind,
                IdentityLists.organisationOrder(list)));
    }

    @GetMapping("/{code}")
    OrganisationView get(@PathVariable String code) {
        return identity.organisation(code);
    }

    @PostMapping
    ResponseEntity<OrganisationView> create(@RequestBody OrganisationCommand command) {
        OrganisationView created = identity.createOrganisation(command);
        return ResponseEntity.created(URI.create("/api/organisations/" + created.code())).body(created);
    }

    /** Send back the {@code version} you read; a stale one answers 409. */
    @PutMapping("/{code}")
    OrganisationView update(@PathVariable String code, @RequestBody OrganisationCommand command) {
        return identity.updateOrganisation(code, command);
    }
}
