package io.serval.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.desk.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnacceptedRuleTest {

    private final UnacceptedRule rule = new UnacceptedRule(Duration.ofMinutes(15));
    private final Instant raised = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void aNewTicketIsUnacceptedOnceItWaitedTheWholeAllowance() {
        assertThat(rule.unaccepted(TicketStatus.NEW, raised, raised.plus(Duration.ofMinutes(14)))).isFalse();
        assertThat(rule.unaccepted(TicketStatus.NEW, raised, raised.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(rule.unaccepted(TicketStatus.NEW, raised, raised.plus(Duration.ofHours(3)))).isTrue();
    }

    @Test
    void aTicketSomeoneTookIsNeverUnaccepted() {
        for (TicketStatus status : TicketStatus.values()) {
            if (status != TicketStatus.NEW) {
                assertThat(rule.unaccepted(status, raised, raised.plus(Duration.ofDays(1)))).as(status.name()).isFalse();
            }
        }
    }

    @Test
    void theCutOffIsTheAllowanceBeforeNow() {
        assertThat(rule.raisedBefore(raised)).isEqualTo(Instant.parse("2026-03-02T00:45:00Z"));
    }
}
