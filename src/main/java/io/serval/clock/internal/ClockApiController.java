package io.serval.clock.internal;

import io.serval.clock.ClockQueries;
import io.serval.clock.ClockView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "SLA clocks", description = "The clocks that measure tickets against their targets")
class ClockApiController {

    private final ClockQueries clocks;

    ClockApiController(ClockQueries clocks) {
        this.clocks = clocks;
    }

    @GetMapping("/api/tickets/{id}/clocks")
    @Operation(summary = "A ticket's clocks with their segments: anyone can check the arithmetic; 404 for a ticket the caller may not see")
    List<ClockView> ofTicket(@PathVariable long id) {
        return clocks.ofTicket(id);
    }
}
