package io.serval.clock.internal;

import static io.serval.clock.internal.ClockCalendars.CN_STANDARD;
import static io.serval.clock.internal.ClockCalendars.cst;
import static org.assertj.core.api.Assertions.assertThat;

import io.serval.agreement.Metric;
import io.serval.calendar.BusinessCalendar;
import io.serval.clock.ClockState;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of issue 8 on cn-standard, and the clock's arithmetic around them. */
class MeasuredClockTest {

    static final ClockTerms P1_RESOLUTION = terms("P1", Duration.ofHours(4));
    static final ClockTerms P3_RESOLUTION = terms("P3", Duration.ofHours(16));

    static ClockTerms terms(String priority, Duration limit) {
        return new ClockTerms("SLA-CUST-A", "RES-" + priority, Metric.RESOLUTION, priority, limit, "cn-standard",
                null, null);
    }

    static MeasuredClock raised(ClockTerms terms, String at) {
        return MeasuredClock.start(terms, CN_STANDARD, cst(at), true, "OPEN");
    }

    @Test
    void aP1RaisedOnFridayAt1630IsDueOnMondayAt1130() {
        MeasuredClock clock = raised(P1_RESOLUTION, "2026-11-20T16:30");
        assertThat(clock.due()).contains(cst("2026-11-23T11:30"));
        assertThat(clock.elapsed(cst("2026-11-22T12:00"))).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aP1RaisedOnTheWorkingDayBeforeAStatutoryHolidayIsDueAfterIt() {
        // Friday 3 April 2026; Qingming is Saturday 4 to Monday 6 April
        MeasuredClock clock = raised(P1_RESOLUTION, "2026-04-03T16:30");
        assertThat(clock.due()).contains(cst("2026-04-07T11:30"));
    }

    @Test
    void twoHoursPendingCustomerMoveTheDueInstantByTheirBusinessPart() {
        MeasuredClock clock = raised(P1_RESOLUTION, "2026-11-25T15:00");
        assertThat(clock.due()).contains(cst("2026-11-26T10:00"));
        assertThat(clock.apply(Motion.PAUSE, cst("2026-11-25T17:00"), "PENDING_CUSTOMER")).isTrue();
        assertThat(clock.state()).isEqualTo(ClockState.PAUSED);
        assertThat(clock.due()).as("no due instant while paused").isEmpty();
        assertThat(clock.apply(Motion.RUN, cst("2026-11-25T19:00"), "OPEN")).isTrue();
        // 17:00-19:00 holds one business hour (17:00-18:00): the due instant moves by exactly that hour
        assertThat(clock.due()).contains(cst("2026-11-26T11:00"));
        assertThat(Duration.between(cst("2026-11-26T10:00"), clock.due().orElseThrow()))
                .isEqualTo(CN_STANDARD.businessDuration(cst("2026-11-25T17:00"), cst("2026-11-25T19:00")));
        assertThat(clock.segments()).extracting(Segment::running).containsExactly(true, false, true);
        assertThat(clock.businessSeconds(clock.segments().get(1), cst("2026-11-26T09:00"))).isEqualTo(3600);
    }

    @Test
    void aPriorityChangeWhilePendingKeepsThePauseAndEverySecondSpent() {
        MeasuredClock clock = raised(P3_RESOLUTION, "2026-11-23T09:00");
        clock.apply(Motion.PAUSE, cst("2026-11-23T12:00"), "PENDING_CUSTOMER");
        clock.remeasure(P1_RESOLUTION, CN_STANDARD, cst("2026-11-23T14:00"));
        assertThat(clock.state()).isEqualTo(ClockState.PAUSED);
        assertThat(clock.terms().priority()).isEqualTo("P1");
        assertThat(clock.elapsed(cst("2026-11-24T09:00"))).isEqualTo(Duration.ofHours(3));
        clock.apply(Motion.RUN, cst("2026-11-24T09:00"), "OPEN");
        // 3 h spent before the pause, 1 h left under P1 from Tuesday 09:00
        assertThat(clock.due()).contains(cst("2026-11-24T10:00"));
        assertThat(clock.segments()).hasSize(3);
    }

    @Test
    void thresholdsAreReachedInOrderAndTheBreachOnlyOnceTheTimeIsOver() {
        MeasuredClock clock = raised(P1_RESOLUTION, "2026-11-23T09:00");
        assertThat(clock.nextThreshold()).contains(new MeasuredClock.Threshold(50, cst("2026-11-23T11:00")));
        assertThat(clock.reached(cst("2026-11-23T12:00"))).extracting(MeasuredClock.Threshold::percent)
                .containsExactly(50, 75);
        clock.fired(50);
        clock.fired(75);
        assertThat(clock.nextThreshold()).contains(new MeasuredClock.Threshold(90, cst("2026-11-23T12:36")));
        clock.fired(90);
        assertThat(clock.nextThreshold()).contains(new MeasuredClock.Threshold(100, cst("2026-11-23T13:00:01")));
        assertThat(clock.breached(cst("2026-11-23T13:00"))).isFalse();
        assertThat(clock.breached(cst("2026-11-23T13:00:01"))).isTrue();
    }

    @Test
    void aTargetUsedUpAtTheEndOfAWorkingDayIsBreachedAtTheNextWorkingDaysFirstSecond() {
        MeasuredClock clock = raised(P1_RESOLUTION, "2026-11-23T14:00");
        assertThat(clock.due()).contains(cst("2026-11-23T18:00"));
        clock.fired(50);
        clock.fired(75);
        clock.fired(90);
        assertThat(clock.nextThreshold()).contains(new MeasuredClock.Threshold(100, cst("2026-11-24T09:00:01")));
        assertThat(clock.reached(cst("2026-11-23T18:00:01"))).as("no business time has passed since 18:00").isEmpty();
        assertThat(clock.breached(cst("2026-11-24T09:00"))).isFalse();
        assertThat(clock.breached(cst("2026-11-24T09:00:01"))).isTrue();
        assertThat(clock.reached(cst("2026-11-24T09:00:01"))).extracting(MeasuredClock.Threshold::percent)
                .containsExactly(100);
    }

    @Test
    void stoppingOnTheDotMeetsTheTargetAndASecondLaterBreachesIt() {
        MeasuredClock onTime = raised(P1_RESOLUTION, "2026-11-23T09:00");
        onTime.apply(Motion.STOP, cst("2026-11-23T13:00"), "RESOLVED");
        assertThat(onTime.state()).isEqualTo(ClockState.MET);
        assertThat(onTime.due()).contains(cst("2026-11-23T13:00"));
        assertThat(onTime.nextThreshold()).isEmpty();

        MeasuredClock late = raised(P1_RESOLUTION, "2026-11-23T09:00");
        late.apply(Motion.STOP, cst("2026-11-23T13:00:01"), "RESOLVED");
        assertThat(late.state()).isEqualTo(ClockState.BREACHED);
        assertThat(late.due()).contains(cst("2026-11-23T13:00"));
        assertThat(late.stoppedAt()).contains(cst("2026-11-23T13:00:01"));
    }

    @Test
    void aReopenedRecordRunsOnFromWhereItStoppedAndTheResolvedTimeIsAPause() {
        MeasuredClock clock = raised(P1_RESOLUTION, "2026-11-23T09:00");
        clock.apply(Motion.STOP, cst("2026-11-23T11:00"), "RESOLVED");
        assertThat(clock.due()).as("what it was measured against").contains(cst("2026-11-23T13:00"));
        assertThat(clock.apply(Motion.RUN, cst("2026-11-24T09:00"), "REOPENED")).isTrue();
        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
        assertThat(clock.segments()).extracting(Segment::running).containsExactly(true, false, true);
        assertThat(clock.segments().get(1).reason()).isEqualTo("STOPPED");
        assertThat(clock.due()).contains(cst("2026-11-24T11:00"));
    }

    @Test
    void aLowerPriorityWithdrawsWarningsNoLongerReached() {
        MeasuredClock clock = raised(P1_RESOLUTION, "2026-11-23T09:00");
        clock.fired(50);
        clock.fired(75);
        List<Integer> withdrawn = clock.remeasure(P3_RESOLUTION, CN_STANDARD, cst("2026-11-23T12:00"));
        // 3 h of 16 h is 18.75 %: neither warning is due any more
        assertThat(withdrawn).containsExactly(50, 75);
        assertThat(clock.nextThreshold()).contains(new MeasuredClock.Threshold(50, cst("2026-11-23T17:00")));
    }

    @Test
    void aNewHolidayMovesARunningClocksDueInstant() {
        MeasuredClock clock = raised(P3_RESOLUTION, "2026-12-01T09:00");
        assertThat(clock.due()).contains(cst("2026-12-02T16:00"));
        BusinessCalendar withDayOff = BusinessCalendar.of(ZoneId.of("Asia/Shanghai"), CN_STANDARD.periods(),
                java.util.stream.Stream.concat(CN_STANDARD.holidays().stream(),
                        java.util.stream.Stream.of(new io.serval.calendar.Holiday(java.time.LocalDate.parse("2026-12-02"),
                                "停电", "Power cut"))).toList(), CN_STANDARD.workdays());
        clock.remeasure(P3_RESOLUTION, withDayOff, cst("2026-12-01T10:00"));
        assertThat(clock.due()).contains(cst("2026-12-03T16:00"));
    }

    @Test
    void aLateEventCountsFromTheLastChangeAndACancelledClockStaysCancelled() {
        MeasuredClock clock = raised(P1_RESOLUTION, "2026-11-23T10:00");
        clock.apply(Motion.PAUSE, cst("2026-11-23T09:00"), "PENDING_CUSTOMER");
        assertThat(clock.segments().get(1).from()).isEqualTo(cst("2026-11-23T10:00"));
        clock.apply(Motion.CANCEL, cst("2026-11-23T11:00"), "CANCELLED");
        assertThat(clock.apply(Motion.RUN, cst("2026-11-23T12:00"), "OPEN")).isFalse();
        assertThat(clock.state()).isEqualTo(ClockState.CANCELLED);
        assertThat(clock.due()).isEmpty();
    }
}
