package io.serval.desk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A move of a ticket to another status, with a comment (required to reject); to {@code ASSIGNED} it may name the
 * {@code assignee} and the support {@code group} (an internal team), else the caller takes it in its own team; to
 * {@code PENDING_SUPPLIER} it names the {@code supplier} (a provider organisation) awaited, whose UC clock runs.
 */
public record Transition(@NotNull TicketStatus to, @Size(max = 4000) String comment, @Size(max = 60) String assignee,
        @Size(max = 40) String group, @Size(max = 40) String supplier) {

    public Transition(TicketStatus to, String comment, String assignee, String group) {
        this(to, comment, assignee, group, null);
    }
}
