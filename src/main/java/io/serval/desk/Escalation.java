package io.serval.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An escalation with its reason: functional to a support {@code group}, or hierarchical {@code to} a manager. */
public record Escalation(@NotNull EscalationKind kind, @Size(max = 40) String group, EscalationLevel to,
        @NotBlank @Size(max = 4000) String reason) {
}
