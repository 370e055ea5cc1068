package io.serval.desk.internal;

import static io.serval.desk.TicketStatus.ASSIGNED;
import static io.serval.desk.TicketStatus.CLOSED;
import static io.serval.desk.TicketStatus.IN_PROGRESS;
import static io.serval.desk.TicketStatus.NEW;
import static io.serval.desk.TicketStatus.PENDING_CUSTOMER;
import static io.serval.desk.TicketStatus.PENDING_SUPPLIER;
import static io.serval.desk.TicketStatus.REJECTED;
import static io.serval.desk.TicketStatus.RESOLVED;
import static io.serval.desk.internal.TicketLifecycle.Mover.CUSTOMER;
import static io.serval.desk.internal.TicketLifecycle.Mover.DESK;
import static org.assertj.core.api.Assertions.assertThat;

import io.serval.desk.TicketStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TicketLifecycleTest {

    @Test
    void theDeskWalksATicketFromNewToClosed() {
        TicketStatus[] path = {NEW, ASSIGNED, IN_PROGRESS, PENDING_CUSTOMER, IN_PROGRESS, RESOLVED, CLOSED};
        for (int i = 1; i < path.length; i++) {
            assertThat(TicketLifecycle.allows(path[i - 1], path[i], DESK)).as(path[i - 1] + " → " + path[i]).isTrue();
        }
    }

    @Test
    void aCustomerOnlyConfirmsOrReopensAResolution() {
        assertThat(TicketLifecycle.allowed(RESOLVED, CUSTOMER)).containsExactlyInAnyOrder(IN_PROGRESS, CLOSED);
        assertThat(TicketLifecycle.allows(NEW, RESOLVED, CUSTOMER)).isFalse();
        assertThat(TicketLifecycle.allowed(NEW, CUSTOMER)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void aClosedTicketNeverMovesAndNothingSkipsStraightToClosedFromNew(TicketStatus to) {
        assertThat(TicketLifecycle.allows(CLOSED, to, DESK)).isFalse();
        assertThat(TicketLifecycle.allows(CLOSED, to, CUSTOMER)).isFalse();
        assertThat(TicketLifecycle.allows(NEW, CLOSED, DESK)).isFalse();
    }

    @Test
    void aRejectionLandsWithTheDutyManagerWhoAssignsItAgainAndNeedsAReason() {
        assertThat(TicketLifecycle.allowed(REJECTED, DESK)).containsExactlyInAnyOrder(ASSIGNED, CLOSED);
        assertThat(TicketLifecycle.needsReason(NEW, REJECTED)).isTrue();
        assertThat(TicketLifecycle.needsReason(RESOLVED, IN_PROGRESS)).as("reopening").isTrue();
        assertThat(TicketLifecycle.needsReason(NEW, ASSIGNED)).isFalse();
    }

    @Test
    void aResolutionSaysWhatWasDoneAndTheCustomerReadsItButNotTheReasonsOfAnEscalation() {
        assertThat(TicketLifecycle.needsReason(IN_PROGRESS, RESOLVED)).isTrue();
        assertThat(TicketLifecycle.customerReadsReason(IN_PROGRESS, RESOLVED)).isTrue();
        assertThat(TicketLifecycle.customerReadsReason(RESOLVED, IN_PROGRESS)).as("their reopening").isTrue();
        assertThat(TicketLifecycle.customerReadsReason(ASSIGNED, ASSIGNED)).as("an escalation").isFalse();
        assertThat(TicketLifecycle.customerReadsReason(IN_PROGRESS, PENDING_SUPPLIER)).isFalse();
    }
}
