package io.serval.agreement;

/** The levels of the SLA hierarchy; each lower level inherits and may only tighten what is above it. */
public enum SlaLevel {
    CORPORATE,
    CUSTOMER,
    SERVICE;

    /** The level a parent of this level must have (none for corporate). */
    public SlaLevel parentLevel() {
        return switch (this) {
            case CORPORATE -> null;
            case CUSTOMER -> CORPORATE;
            case SERVICE -> CUSTOMER;
        };
    }
}
