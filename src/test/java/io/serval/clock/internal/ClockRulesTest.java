package io.serval.clock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.agreement.Metric;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClockRulesTest {

    static final ClockTerms RESOLUTION = new ClockTerms("SLA", "RES", Metric.RESOLUTION, "P2", Duration.ofHours(8),
            "cn-standard", null, null);
    static final ClockTerms RESOLUTION_PAUSED_FOR_SUPPLIERS = new ClockTerms("SLA", "RES", Metric.RESOLUTION, "P2",
            Duration.ofHours(8), "cn-standard", null, Set.of(Phase.PENDING_CUSTOMER, Phase.PENDING_SUPPLIER));
    static final ClockTerms RESPONSE = new ClockTerms("SLA", "RSP", Metric.RESPONSE, "P2", Duration.ofMinutes(30),
            "cn-standard", null, null);
    static final Party NETWORK_OLA = new Party(Party.Kind.OLA, "OLA-NET", "NETWORK");
    static final Party PRINTER_UC = new Party(Party.Kind.UC, "UC-PRINT", "PROV-PRINT");

    static RecordSnapshot open(String group) {
        return new RecordSnapshot(Phase.OPEN, false, group, null);
    }

    @Test
    void theSlaResolutionClockPausesForTheCustomerAndForASupplierOnlyWhenTheAgreementSaysSo() {
        RecordSnapshot pendingCustomer = new RecordSnapshot(Phase.PENDING_CUSTOMER, true, "DESK", null);
        RecordSnapshot pendingSupplier = new RecordSnapshot(Phase.PENDING_SUPPLIER, true, "DESK", "PROV-PRINT");
        assertThat(ClockRules.motion(Party.SLA, RESOLUTION, open("DESK"))).isEqualTo(Motion.RUN);
        assertThat(ClockRules.motion(Party.SLA, RESOLUTION, pendingCustomer)).isEqualTo(Motion.PAUSE);
        assertThat(ClockRules.motion(Party.SLA, RESOLUTION, pendingSupplier)).isEqualTo(Motion.RUN);
        assertThat(ClockRules.motion(Party.SLA, RESOLUTION_PAUSED_FOR_SUPPLIERS, pendingSupplier)).isEqualTo(Motion.PAUSE);
    }

    @Test
    void theResponseClockStopsAtTheFirstResponseAndNeverPauses() {
        assertThat(ClockRules.motion(Party.SLA, RESPONSE, open("DESK"))).isEqualTo(Motion.RUN);
        assertThat(ClockRules.motion(Party.SLA, RESPONSE, new RecordSnapshot(Phase.PENDING_CUSTOMER, false, "DESK", null)))
                .isEqualTo(Motion.RUN);
        assertThat(ClockRules.motion(Party.SLA, RESPONSE, new RecordSnapshot(Phase.OPEN, true, "DESK", null)))
                .isEqualTo(Motion.STOP);
    }

    @Test
    void resolvedStopsAndClosedWithoutHandlingCancelsEveryClock() {
        for (Party party : new Party[] {Party.SLA, NETWORK_OLA, PRINTER_UC}) {
            assertThat(ClockRules.motion(party, RESOLUTION, new RecordSnapshot(Phase.RESOLVED, true, "NETWORK", null)))
                    .isEqualTo(Motion.STOP);
            assertThat(ClockRules.motion(party, RESOLUTION, new RecordSnapshot(Phase.CANCELLED, true, "NETWORK", null)))
                    .isEqualTo(Motion.CANCEL);
        }
    }

    @Test
    void aTeamsClockRunsOnlyWhileTheRecordSitsWithTheTeamAndASuppliersOnlyWhileItIsAwaited() {
        assertThat(ClockRules.motion(NETWORK_OLA, RESOLUTION, open("NETWORK"))).isEqualTo(Motion.RUN);
        assertThat(ClockRules.motion(NETWORK_OLA, RESOLUTION, open("DESK"))).isEqualTo(Motion.PAUSE);
        assertThat(ClockRules.reason(NETWORK_OLA, open("DESK"))).isEqualTo("OTHER_TEAM");
        RecordSnapshot waitingForPrinters = new RecordSnapshot(Phase.PENDING_SUPPLIER, true, "NETWORK", "PROV-PRINT");
        assertThat(ClockRules.motion(NETWORK_OLA, RESOLUTION, waitingForPrinters)).isEqualTo(Motion.PAUSE);
        assertThat(ClockRules.motion(PRINTER_UC, RESOLUTION, waitingForPrinters)).isEqualTo(Motion.RUN);
        assertThat(ClockRules.motion(PRINTER_UC, RESOLUTION,
                new RecordSnapshot(Phase.PENDING_SUPPLIER, true, "NETWORK", "PROV-OTHER"))).isEqualTo(Motion.PAUSE);
        assertThat(ClockRules.motion(PRINTER_UC, RESOLUTION, open("NETWORK"))).isEqualTo(Motion.PAUSE);
    }
}
