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

    static ClockView view(StoredClock c, Instant now, List<ClockView.Note> notes) {
        MeasuredClock clock = c.clock;
        List<ClockView.Segment> segments = new ArrayList<>();
        for (Segment s : clock.segments()) {
            segments.add(new ClockView.Segment(s.running() ? "RUNNING" : "PAUSED", s.from(), s.to(),
                    clock.businessSeconds(s, now), s.reason()));
        }
        ClockTerms t = clock.terms();
        Instant due = clock.due().orElse(null);
        MeasuredClock.Threshold next = clock.nextThreshold().orElse(null);
        Long left = clock.state().stopped() ? null : t.limit().getSeconds() - clock.elapsed(now).getSeconds();
        return new ClockView(c.id, t.target(), t.metric().name(), c.party.code(), clock.state(),
                clock.elapsed(now).getSeconds(), due, clock.breached(now), segments, c.recordType, c.recordId,
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
