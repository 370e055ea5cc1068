package io.serval.agreement.internal;

import io.serval.core.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A service review held with the customer (annual, or after a major incident), with its minutes. */
@Entity
@Table(name = "agreement_review")
public class AgreementReview extends AuditedEntity {

    @Column(name = "agreement_code", nullable = false, updatable = false)
    private String agreementCode;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String minutes;

    protected AgreementReview() {
    }

    AgreementReview(String agreementCode, LocalDate heldOn, String kind, String minutes) {
        this.agreementCode = agreementCode;
        this.heldOn = heldOn;
        this.kind = kind;
        this.minutes = minutes;
    }

    public String getAgreementCode() {
        return agreementCode;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getKind() {
        return kind;
    }

    public String getMinutes() {
        return minutes;
    }
}
