package io.serval.agreement;

/** Change control of an agreement version. */
public enum AgreementStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    PUBLISHED,
    SUPERSEDED,
    TERMINATED;

    public boolean editable() {
        return this == DRAFT;
    }
}
