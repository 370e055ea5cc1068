package io.serval.agreement.internal;

import io.serval.agreement.AgreementType;
import io.serval.core.Reason;
import java.util.Optional;

/**
 * What the work queue and the revision flags say when an SLA changes, as keyed reasons read out in the reader's
 * language: not "RESOLUTION P1 PT4H → PT2H" but "OLA-DESK P1 resolution 3 h is now weaker than SLA-CUST-A's 2 h".
 */
final class Notices {

    private Notices() {
    }

    /**
     * Why {@code dependent}'s target {@code own} needs revision now that the SLA's target {@code old} became
     * {@code now} (empty: removed): it is now weaker, or the target it underpins changed or went away.
     */
    static Reason slaTargetChanged(String sla, Target old, Optional<Target> now, String dependent, Target own) {
        String slaTarget = sla + "/" + old.code();
        if (now.isEmpty()) {
            return Reason.of("agreement.revision.targetRemoved", "SLA target {0} ({1}) was removed.", slaTarget,
                    Words.target(old));
        }
        if (own.metric() == now.get().metric() && own.weakerThan(now.get())) {
            return Reason.of("agreement.revision.nowWeaker", "{0} {1} is now weaker than {2}''s {3}.", dependent,
                    Words.target(own), sla, Words.value(now.get()));
        }
        return Reason.of("agreement.revision.targetChanged", "SLA target {0} changed: {1} → {2}.", slaTarget,
                Words.target(old), Words.target(now.get()));
    }

    /** The work-queue task for an agreement flagged for revision. */
    static Reason revise(AgreementType type, String code, Reason why) {
        return Reason.of("agreement.task.revise", "{0} {1} needs revision: {2}", Words.type(type), code, why);
    }

    static Reason ucReviewAfterNewVersion(String uc, String sla, int version, int replaced) {
        return Reason.of("agreement.task.ucReview.newVersion", "Review UC {0}: SLA {1} version {2} replaced version {3}.",
                uc, sla, version, replaced);
    }

    static Reason ucReviewAfterTermination(String uc, String sla, String why) {
        return Reason.of("agreement.task.ucReview.terminated", "Review UC {0}: SLA {1} was terminated ({2}).", uc, sla, why);
    }
}
