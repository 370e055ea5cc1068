package io.serval.identity;

/** The roles of SPEC §1. A person may hold several. */
public enum Role {
    ADMIN,
    AGENT,
    DUTY_MANAGER,
    ENGINEER,
    SERVICE_LEVEL_MANAGER,
    AGREEMENT_MAINTAINER,
    BUSINESS_RELATIONSHIP_MANAGER,
    COMPLAINT_HANDLER,
    SATISFACTION_MAINTAINER,
    QUALITY_MANAGER,
    DISPATCHER,
    ACCOUNTS_PAYABLE,
    MANAGEMENT_REPRESENTATIVE,
    CUSTOMER,
    PROVIDER;

    /** The organisation kind a holder of this role must belong to. */
    public OrganisationKind organisationKind() {
        return switch (this) {
            case CUSTOMER -> OrganisationKind.CUSTOMER;
            case PROVIDER -> OrganisationKind.PROVIDER;
            default -> OrganisationKind.INTERNAL;
        };
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
