package io.serval.clock.internal;

import io.serval.clock.ClockQueries;
import io.serval.clock.ClockView;
import io.serval.clock.NearBreachFilter;
import io.serval.clock.TargetOutcome;
import io.serval.web.ListQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "SLA clocks", description = "The clocks that measure tickets against their targets")
class ClockApiController {

    /** The near-breach list's orders; by default the clock whose time runs out first comes first. */
    static final Map<String, Sort> NEAR_BREACH_ORDERS = Map.of(
            "due", Sort.by("due"),
            "number", Sort.by("number").and(Sort.by("due")),
            "customer", Sort.by("customer").and(Sort.by("due")),
            "group", Sort.by("group").and(Sort.by("due")),
            "priority", Sort.by("priority").and(Sort.by("due")),
            "metric", Sort.by("metric").and(Sort.by("due")),
            "party", Sort.by("party").and(Sort.by("due")));

    private final ClockQueries clocks;

    ClockApiController(ClockQueries clocks) {
        this.clocks = clocks;
    }

    @GetMapping("/api/tickets/{id}/clocks")
    @Operation(summary = "A ticket's clocks with their segments: anyone can check the arithmetic; 404 for a ticket the caller may not see")
    List<ClockView> ofTicket(@PathVariable long id) {
        return clocks.ofTicket(id);
    }

    @GetMapping("/api/clocks/near-breach")
    @Operation(summary = "The running clocks, the one whose time runs out first first (those over their target lead); desk staff only",
            description = "sort: due (default: time left, least first), number, customer, group, priority, metric, party")
    PagedModel<ClockView> nearBreach(@Parameter(description = "support group code") @RequestParam(required = false) String group,
            @Parameter(description = "customer organisation code") @RequestParam(required = false) String customer,
            @Parameter(description = "P1 to P4") @RequestParam(required = false) String priority,
            @Parameter(description = "RESPONSE, RESOLUTION, REQUEST_TURNAROUND, …") @RequestParam(required = false) String metric,
            @Parameter(description = "SLA, or an OLA's or UC's code") @RequestParam(required = false) String party,
            ListQuery list) {
        return new PagedModel<>(nearBreach(new NearBreachFilter(group, customer, priority, metric, party), list, clocks));
    }

    @GetMapping("/api/clocks/summary")
    @Operation(summary = "How each target of an agreement fared in a period: met, missed (stopped in it), running",
            description = "agreement: an SLA (its clocks) or an OLA/UC (the clocks of that team or supplier); from and "
                    + "to: dates in the configured zone, both included. Staff, and customers for their own SLAs.")
    List<TargetOutcome> summary(@RequestParam String agreement,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return clocks.summary(agreement, from, to);
    }

    /** A page of the near-breach list in the order asked for (the page and the API alike). */
    static Page<ClockView> nearBreach(NearBreachFilter filter, ListQuery list, ClockQueries clocks) {
        return order(list).fetch(NEAR_BREACH_ORDERS, page -> clocks.nearBreach(filter, page));
    }

    static ListQuery order(ListQuery asked) {
        return asked.sortedBy(NEAR_BREACH_ORDERS.keySet(), "due", false);
    }
}
