package io.serval.agreement.internal;

import io.serval.agreement.AgreementTaskView;
import io.serval.core.AuditedEntity;
import io.serval.core.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.function.Function;

/** An item on the service level manager's work queue: revise an OLA/UC, review a UC, hold a review. */
@Entity
@Table(name = "agreement_task")
public class AgreementTask extends AuditedEntity {

    public static final String REVISE_UNDERPINNING = "REVISE_UNDERPINNING";
    public static final String REVISE_CHILD_SLA = "REVISE_CHILD_SLA";
    public static final String UC_REVIEW = "UC_REVIEW";

    @Column(nullable = false)
    private String kind;

    @Column(name = "agreement_code", nullable = false)
    private String agreementCode;

    private String cause;

    /** What to do, as a stored reason ({@link StoredReason}) read out in the reader's language. */
    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String status = "OPEN";

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    protected AgreementTask() {
    }

    AgreementTask(String kind, String agreementCode, String cause, Reason reason) {
        this.kind = kind;
        this.agreementCode = agreementCode;
        this.cause = cause;
        this.reason = StoredReason.write(reason);
    }

    void close(String actor, Instant at) {
        if ("OPEN".equals(status)) {
            this.status = "DONE";
            this.closedBy = actor;
            this.closedAt = at;
        }
    }

    public String getKind() {
        return kind;
    }

    public String getAgreementCode() {
        return agreementCode;
    }

    public String getCause() {
        return cause;
    }

    public Reason reason() {
        return StoredReason.read(reason);
    }

    /** The task as shown, its reason read out by {@code text} (in the reader's language). */
    public AgreementTaskView view(Function<Reason, String> text) {
        Reason what = reason();
        return new AgreementTaskView(getId(), kind, agreementCode, cause, what.code(), text.apply(what), status, getCreatedAt(),
                closedAt, closedBy);
    }
}
