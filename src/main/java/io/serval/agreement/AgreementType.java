package io.serval.agreement;

import io.serval.identity.OrganisationKind;

/** SLA: provider ↔ customer. OLA: provider ↔ internal team. UC: provider ↔ outside supplier. */
public enum AgreementType {
    SLA(OrganisationKind.CUSTOMER),
    OLA(OrganisationKind.INTERNAL),
    UC(OrganisationKind.PROVIDER);

    private final OrganisationKind partyKind;

    AgreementType(OrganisationKind partyKind) {
        this.partyKind = partyKind;
    }

    /** The kind of organisation on the other side of the agreement. */
    public OrganisationKind partyKind() {
        return partyKind;
    }

    /** OLAs and UCs underpin SLA targets. */
    public boolean underpins() {
        return this != SLA;
    }
}
