package io.serval.clock.internal;

import io.serval.clock.ClockQueries;
import io.serval.clock.NearBreachFilter;
import io.serval.core.RoleSets;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationKind;
import io.serval.identity.OrganisationView;
import io.serval.web.ListQuery;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clocks' pages: a ticket's timeline, a fragment the ticket pages load (the desk does not know the clocks:
 * they follow the desk), and the desk's list of the running clocks nearest their breach.
 */
@Controller
class ClockPageController {

    private final ClockQueries clocks;
    private final IdentityService identity;

    ClockPageController(ClockQueries clocks, IdentityService identity) {
        this.clocks = clocks;
        this.identity = identity;
    }

    /** A ticket's clocks with their segments and notes (404 for a ticket the reader may not see). */
    @GetMapping("/tickets/{id}/clocks")
    @PreAuthorize(RoleSets.TICKET_RAISERS)
    String timeline(@PathVariable long id, Model model) {
        model.addAttribute("clocks", clocks.ofTicket(id));
        model.addAttribute("ticketId", id);
        return "clock/timeline :: timeline";
    }

    @GetMapping("/clocks/near-breach")
    @PreAuthorize(RoleSets.DESK_STAFF)
    String nearBreach(@RequestParam(required = false) String group, @RequestParam(required = false) String customer,
            @RequestParam(required = false) String priority, @RequestParam(required = false) String metric,
            @RequestParam(required = false) String party, ListQuery list, Model model) {
        NearBreachFilter filter = new NearBreachFilter(group, customer, priority, metric, party);
        model.addAttribute("clocks", ClockApiController.nearBreach(filter, list, clocks));
        model.addAttribute("list", ClockApiController.order(list));
        model.addAttribute("filter", filter);
        model.addAttribute("choices", clocks.nearBreachChoices());
        List<OrganisationView> organisations = identity.organisations();
        model.addAttribute("customers", kind(organisations, OrganisationKind.CUSTOMER));
        model.addAttribute("groups", kind(organisations, OrganisationKind.INTERNAL));
        model.addAttribute("organisationNames", organisations.stream()
                .collect(Collectors.toMap(OrganisationView::code, OrganisationView::name)));
        return "clock/near-breach";
    }

    private static List<OrganisationView> kind(List<OrganisationView> organisations, OrganisationKind kind) {
        return organisations.stream().filter(o -> o.kind() == kind).sorted(ListQuery.byText(OrganisationView::name))
                .toList();
    }
}
