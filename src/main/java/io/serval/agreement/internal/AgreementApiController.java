package io.serval.agreement.internal;

import io.serval.agreement.AgreementDocument;
import io.serval.agreement.AgreementQueries;
import io.serval.agreement.AgreementService;
import io.serval.agreement.AgreementSummary;
import io.serval.agreement.AgreementTaskView;
import io.serval.agreement.AgreementView;
import io.serval.agreement.EffectiveTarget;
import io.serval.agreement.VersionDiff;
import io.serval.agreement.VersionView;
import io.serval.web.ListQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Agreements")
class AgreementApiController {

    record Note(String note, String reason) {
    }

    record Review(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, String kind, String minutes) {
    }

    private final AgreementService agreements;
    private final AgreementQueries queries;

    AgreementApiController(AgreementService agreements, AgreementQueries queries) {
        this.agreements = agreements;
        this.queries = queries;
    }

    @Operation(summary = "The agreements you may see, a page at a time; q searches code, name and party",
            description = "sort: code, name, type (default), party, status, review")
    @GetMapping
    PagedModel<AgreementSummary> list(@RequestParam(required = false) String type,
            @RequestParam(required = false) String status, @RequestParam(required = false) String q, ListQuery list) {
        return new PagedModel<>(AgreementLists.agreements(queries.list(type, status, q), AgreementLists.agreementOrder(list)));
    }

    @Operation(summary = "The target in force for a customer, service, priority and metric, and where it comes from")
    @GetMapping("/effective-target")
    EffectiveTarget effectiveTarget(@RequestParam String customer, @RequestParam String service,
            @RequestParam(required = false) String priority, @RequestParam String metric) {
        return queries.effectiveTarget(customer, service, priority, metric);
    }

    @Operation(summary = "The service level manager's work queue: OLAs/UCs to revise, UC reviews; a page at a time, "
            + "of one kind, q searching agreement and description", description = "sort: kind, agreement, since (default, newest first)")
    @GetMapping("/tasks")
    PagedModel<AgreementTaskView> tasks(@RequestParam(required = false) String kind,
            @RequestParam(required = false) String q, ListQuery list) {
        return new PagedModel<>(AgreementLists.tasks(queries.openTasks(), kind, q, AgreementLists.taskOrder(list)));
    }

    @PostMapping("/tasks/{id}/done")
    ResponseEntity<Void> closeTask(@PathVariable long id) {
        agreements.closeTask(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Create an agreement (version 1, draft); refused with 422 when it weakens what it underpins or inherits")
    @PostMapping
    ResponseEntity<AgreementView> create(@RequestBody AgreementDocument document) {
        AgreementView created = agreements.create(document);
        return ResponseEntity.created(URI.create("/api/agreements/" + created.code())).body(created);
    }

    @GetMapping("/{code}")
    AgreementView get(@PathVariable String code) {
        return queries.get(code);
    }

    @Operation(summary = "Replace the working draft (send the version you read; a published agreement gets a new draft)")
    @PutMapping("/{code}")
    AgreementView update(@PathVariable String code, @RequestBody AgreementDocument document) {
        return agreements.update(code, document);
    }

    @Operation(summary = "Change one target: a JSON object of its fields to change (those left out keep their value, "
            + "errors name the target's fields); anything else is refused and changes nothing")
    @RequestMapping(path = "/{code}/targets/{target}", method = {RequestMethod.PUT, RequestMethod.PATCH})
    AgreementView updateTarget(@PathVariable String code, @PathVariable String target, @RequestBody JsonNode patch) {
        return agreements.updateTarget(code, target, patch);
    }

    @PostMapping("/{code}/submit")
    AgreementView submit(@PathVariable String code, @RequestBody(required = false) Note note) {
        return agreements.submit(code, note == null ? null : note.note());
    }

    @PostMapping("/{code}/approve")
    AgreementView approve(@PathVariable String code) {
        return agreements.approve(code);
    }

    @PostMapping("/{code}/return")
    AgreementView returnToDraft(@PathVariable String code, @RequestBody(required = false) Note note) {
        return agreements.returnToDraft(code, note == null ? null : note.reason());
    }

    @PostMapping("/{code}/publish")
    AgreementView publish(@PathVariable String code) {
        return agreements.publish(code);
    }

    @PostMapping("/{code}/terminate")
    AgreementView terminate(@PathVariable String code, @RequestBody(required = false) Note note) {
        return agreements.terminate(code, note == null ? null : note.reason());
    }

    @PostMapping("/{code}/reviews")
    AgreementView recordReview(@PathVariable String code, @RequestBody Review review) {
        return agreements.recordReview(code, review.heldOn(), review.kind(), review.minutes());
    }

    record InForce(String agreement, String target, String metric, String priority, String category, String value) {
    }

    @Operation(summary = "An SLA's own targets with those it inherits, and where each comes from")
    @GetMapping("/{code}/effective-targets")
    List<InForce> effectiveTargets(@PathVariable String code) {
        return queries.effectiveTargetsOf(code).stream().map(i -> new InForce(i.agreement(), i.target().code(),
                i.target().metric().name(), i.target().priority(), i.target().category(), i.target().value())).toList();
    }

    @GetMapping("/{code}/versions")
    List<VersionView> versions(@PathVariable String code) {
        return queries.versions(code);
    }

    @GetMapping("/{code}/versions/{number}")
    VersionView version(@PathVariable String code, @PathVariable int number) {
        return queries.version(code, number);
    }

    @GetMapping("/{code}/diff")
    VersionDiff diff(@PathVariable String code, @RequestParam int from, @RequestParam int to) {
        return queries.diff(code, from, to);
    }
}
