package io.serval.desk.internal;

import io.serval.desk.DeclareMajor;
import io.serval.desk.DeskOperations;
import io.serval.desk.DutyView;
import io.serval.desk.Escalation;
import io.serval.desk.EscalationView;
import io.serval.desk.MajorIncidentView;
import io.serval.desk.SupportGroupView;
import io.serval.desk.SupportGroups;
import io.serval.desk.TicketView;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Support groups, escalations, major incidents and the duty manager's view over REST. */
@RestController
@Tag(name = "Desk operations", description = "Support groups by tier, escalations, major incidents, the duty manager's view")
class DeskOperationsApiController {

    private final DeskOperations operations;
    private final SupportGroups groups;

    DeskOperationsApiController(DeskOperations operations, SupportGroups groups) {
        this.operations = operations;
        this.groups = groups;
    }

    @GetMapping("/api/support-groups")
    List<SupportGroupView> supportGroups() {
        return groups.list();
    }

    @PostMapping("/api/tickets/{id}/escalations")
    ResponseEntity<EscalationView> escalate(@PathVariable long id, @RequestBody Escalation escalation) {
        EscalationView escalated = operations.escalate(id, escalation);
        return ResponseEntity.created(URI.create("/api/tickets/" + id + "/escalations")).body(escalated);
    }

    @GetMapping("/api/tickets/{id}/escalations")
    List<EscalationView> escalations(@PathVariable long id) {
        return operations.escalations(id);
    }

    @PostMapping("/api/tickets/{id}/major")
    TicketView declareMajor(@PathVariable long id, @RequestBody DeclareMajor declaration) {
        return operations.declareMajor(id, declaration);
    }

    @GetMapping("/api/tickets/{id}/major")
    MajorIncidentView majorIncident(@PathVariable long id) {
        return operations.majorIncident(id);
    }

    @GetMapping("/api/desk/duty")
    DutyView duty() {
        return operations.duty();
    }
}
