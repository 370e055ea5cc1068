package io.serval.clock.internal;

import io.serval.clock.ClockView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Turns kept clocks into what readers see, computed as of now. */
final class ClockViews {

    private ClockViews() {
    }

    /**
     * A running or paused clock as of now on its calendar as it is; a stopped one as it was measured (elapsed time,
     * due instant and segment times as stored when it stopped: a calendar changed since does not change them).
     */
    static ClockView view(StoredClock c, Instant now, List<ClockView.Note> notes) {
        MeasuredClock clock = c.clock;
        boolean asMeasured = c.staysStopped();
        List<ClockView.Segment> segments = new ArrayList<>();
        List<Segment> kept = clock.segments();
        for (int i = 0; i < kept.size(); i++) {
            Segment s = kept.get(i);
            Long measured = asMeasured && i < c.measuredSeconds.size() ? c.measuredSeconds.get(i) : null;
            segments.add(new ClockView.Segment(s.running() ? "RUNNING" : "PAUSED", s.from(), s.to(),
                    measured != null ? measured : clock.businessSeconds(s, now), s.reason()));
        }
        ClockTerms t = clock.terms();
        Instant due = asMeasured ? c.written.due() : clock.due().orElse(null);
        long elapsed = asMeasured ? c.written.elapsedSeconds() : clock.elapsed(now).getSeconds();
        MeasuredClock.Threshold next = clock.nextThreshold().orElse(null);
        Long left = clock.state().stopped() ? null : t.limit().getSeconds() - elapsed;
        return new ClockView(c.id, t.target(), t.metric().name(), c.party.code(), clock.state(),
                elapsed, due, clock.breached(now), segments, c.recordType, c.recordId,
                c.recordNumber, c.customer, c.service, c.priority, c.group, c.assignee, t.agreement(), c.definedBy,
                c.party.kind().name(), c.party.organisation(), t.limit().toString(), t.limit().getSeconds(),
                t.calendar(), t.thresholds(), List.copyOf(clock.firedThresholds()),
                next == null ? null : next.percent(), next == null ? null : next.at(), left, c.causeKind, c.causeParty,
                c.startedAt, clock.stoppedAt().orElse(null), notes);
    }

    static List<ClockView.Note> notes(Map<Long, List<ClockView.Note>> byClock, long id) {
        return byClock.getOrDefault(id, List.of());
    }

    static List<String> args(String stored) {
        return stored == null ? List.of() : Arrays.asList(stored.split("\u001f", -1));
    }
}
