package io.serval.clock.internal;

import java.util.Objects;

/**
 * Whose commitment a clock measures: the SLA with the customer, an OLA with the internal team the record sits with
 * ({@code organisation} the team), or a UC with the supplier it waits for ({@code organisation} the supplier).
 * {@code code} is what the API calls the party: {@code SLA}, or the OLA's or UC's agreement code.
 */
public record Party(Kind kind, String code, String organisation) {

    public enum Kind {
        SLA,
        OLA,
        UC
    }

    public static final Party SLA = new Party(Kind.SLA, "SLA", null);

    public Party {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
    }
}
