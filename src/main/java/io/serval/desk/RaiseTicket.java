package io.serval.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new ticket. A customer raises it for themself; an agent names the {@code customer} (a username) it is for.
 * {@code contact} links the contact record it came from, when an agent logged one.
 */
public record RaiseTicket(
        @NotNull TicketType type,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 10000) String description,
        @NotBlank @Size(max = 40) String service,
        @NotNull Severity impact,
        @NotNull Severity urgency,
        @Size(max = 60) String category,
        @Size(max = 60) String customer) {
}
