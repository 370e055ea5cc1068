package io.serval.identity;

import io.serval.core.SingleLine;
import jakarta.validation.constraints.Size;

/** What an administrator enters for an organisation; {@code version} is the one they edited (null when new). */
public record OrganisationCommand(String code, @Size(max = 200) @SingleLine String name, OrganisationKind kind,
        Long version) {
}
