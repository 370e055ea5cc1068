package io.serval.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply the customer sees, or an internal note ({@code internal}, desk staff only) they never see. */
public record NewComment(@NotBlank @Size(max = 20000) String text, boolean internal) {
}
