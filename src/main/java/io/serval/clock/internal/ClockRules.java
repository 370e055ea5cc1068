package io.serval.clock.internal;

import io.serval.agreement.Metric;
import java.util.Objects;

/**
 * When a clock runs, pauses, stops or is cancelled (plain Java), measured from the customer's side:
 * <ul>
 * <li>every clock is cancelled when its record is closed without being handled, and stops when the record is
 * resolved — a ticket is resolved when the customer is told the service is restored, with the resolution they
 * read, not at the technical fix;</li>
 * <li>the response clock also stops at the first response: the ticket taken by someone, or a reply the customer
 * reads;</li>
 * <li>the SLA clock pauses in the phases its target names (by default: pending the customer; pending a supplier
 * only where the agreement says so);</li>
 * <li>an OLA clock runs only while the record sits with its team and nobody outside the team is awaited;</li>
 * <li>a UC clock runs only while the record waits for its supplier.</li>
 * </ul>
 */
public final class ClockRules {

    private ClockRules() {
    }

    public static Motion motion(Party party, ClockTerms terms, RecordSnapshot record) {
        Phase phase = record.phase();
        if (phase == Phase.CANCELLED) {
            return Motion.CANCEL;
        }
        if (phase == Phase.RESOLVED || phase == Phase.CLOSED || (terms.metric() == Metric.RESPONSE && record.responded())) {
            return Motion.STOP;
        }
        return switch (party.kind()) {
            case SLA -> terms.pauseWhen().contains(phase) ? Motion.PAUSE : Motion.RUN;
            case OLA -> phase == Phase.OPEN && Objects.equals(party.organisation(), record.group()) ? Motion.RUN : Motion.PAUSE;
            case UC -> phase == Phase.PENDING_SUPPLIER && Objects.equals(party.organisation(), record.supplier())
                    ? Motion.RUN : Motion.PAUSE;
        };
    }

    /** Why a clock runs or pauses now, for its timeline (a message key's last part). */
    public static String reason(Party party, RecordSnapshot record) {
        return switch (record.phase()) {
            case OPEN -> party.kind() == Party.Kind.OLA && !Objects.equals(party.organisation(), record.group())
                    ? "OTHER_TEAM" : "OPEN";
            default -> record.phase().name();
        };
    }
}
