package io.serval.identity;

public enum OrganisationKind {
    CUSTOMER,
    PROVIDER,
    INTERNAL;

    /** Customers and providers only ever see their own organisation's records. */
    public boolean restrictsToOwnRecords() {
        return this != INTERNAL;
    }
}
