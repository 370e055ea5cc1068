package io.serval.desk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A contact to record: the {@code customer} (a user name), or for someone without an account a {@code name} with a
 * {@code phone} or {@code email} and their {@code organisation}; {@code at} defaults to now. It concerns an existing
 * {@code ticket}, or a ticket to {@code raise} from it (for the customer, in the same transaction: both or nothing).
 */
public record LogContact(
        @NotNull ContactChannel channel,
        @Size(max = 60) String customer,
        @Size(max = 200) String name,
        @Size(max = 60) String phone,
        @Size(max = 200) String email,
        @Size(max = 40) String organisation,
        Instant at,
        @NotBlank @Size(max = 4000) String summary,
        Long ticket,
        @Valid NewTicket raise) {

    /** The ticket to open from the contact; its customer is the contact's. */
    public record NewTicket(
            @NotNull TicketType type,
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @Size(max = 10000) String description,
            @NotBlank @Size(max = 40) String service,
            @NotNull Severity impact,
            @NotNull Severity urgency,
            @Size(max = 60) String category) {
    }
}
