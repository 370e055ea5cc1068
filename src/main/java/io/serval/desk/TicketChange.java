package io.serval.desk;

import jakarta.validation.constraints.Size;

/** A change of what a ticket concerns (any of the fields; the others stay): the priority is computed again. */
public record TicketChange(Severity impact, Severity urgency, @Size(max = 40) String service,
        @Size(max = 60) String category, Long version) {
}
