package io.serval.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agent declares a ticket a major incident, saying why. */
public record DeclareMajor(@NotBlank @Size(max = 4000) String reason) {
}
