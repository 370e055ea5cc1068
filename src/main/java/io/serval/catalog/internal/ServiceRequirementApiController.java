package io.serval.catalog.internal;

import io.serval.catalog.ServiceRequirementCommand;
import io.serval.catalog.ServiceRequirementView;
import io.serval.catalog.ServiceRequirements;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/service-requirements")
@Tag(name = "Service requirements", description = "Service requirement specifications per customer organisation "
        + "and service. Customers read their own organisation's; administrators, service level managers and "
        + "business relationship managers write.")
class ServiceRequirementApiController {

    private final ServiceRequirements requirements;

    ServiceRequirementApiController(ServiceRequirements requirements) {
        this.requirements = requirements;
    }

    @Operation(summary = "The specifications you may see, a page at a time, optionally of one customer organisation "
            + "and/or service; q searches customer, service, expectations and answering agreement",
            description = "sort: customer (default), service, agreement")
    @GetMapping
    PagedModel<ServiceRequirementView> list(
            @Parameter(description = "customer organisation code") @RequestParam(required = false) String organisation,
            @Parameter(description = "service code") @RequestParam(required = false) String service,
            @Parameter(description = "text to search for") @RequestParam(required = false) String q,
            @Parameter(description = "only those no agreement answers yet")
            @RequestParam(defaultValue = "false") boolean unanswered, ListQuery list) {
        return new PagedModel<>(CatalogLists.requirements(requirements.list(organisation, service), q, unanswered,
                CatalogLists.requirementOrder(list)));
    }

    @GetMapping("/{id}")
    ServiceRequirementView get(@PathVariable long id) {
        return requirements.get(id);
    }

    @Operation(summary = "Record a specification (201); durations are ISO-8601 (PT4H), failurePeriod a period (P1M)")
    @PostMapping
    ResponseEntity<ServiceRequirementView> create(@RequestBody ServiceRequirementCommand command) {
        ServiceRequirementView created = requirements.create(command);
        return ResponseEntity.created(URI.create("/api/service-requirements/" + created.id())).body(created);
    }

    @Operation(summary = "Replace a specification's content; send the version you read (a stale one answers 409)")
    @PutMapping("/{id}")
    ServiceRequirementView update(@PathVariable long id, @RequestBody ServiceRequirementCommand command) {
        return requirements.update(id, command);
    }
}
