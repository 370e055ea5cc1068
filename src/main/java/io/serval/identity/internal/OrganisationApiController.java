package io.serval.identity.internal;

import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationCommand;
import io.serval.identity.OrganisationView;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

    @GetMapping
    List<OrganisationView> list() {
        return identity.organisations();
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
