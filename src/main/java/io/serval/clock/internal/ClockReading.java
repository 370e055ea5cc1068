package io.serval.clock.internal;

import io.serval.clock.ClockView;
import java.time.Clock;
import java.util.Comparator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads clocks for the queries; who may read them is the queries' concern. */
@Component
public class ClockReading {

    private final ClockStore store;
    private final JdbcClient jdbc;
    private final Clock clock;

    ClockReading(ClockStore store, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A record's clocks as of now: SLA clocks first, then by start. */
    public List<ClockView> ofRecord(String recordType, long recordId) {
        Instant now = clock.instant();
        List<StoredClock> clocks = store.ofRecord(recordType, recordId);
        Map<Long, List<ClockView.Note>> notes = notes(clocks.stream().map(c -> c.id).toList());
        List<ClockView> views = new ArrayList<>();
        clocks.stream().sorted(Comparator.comparing((StoredClock c) -> !c.isSla()).thenComparing(c -> c.id))
                .forEach(c -> views.add(ClockViews.view(c, now, ClockViews.notes(notes, c.id))));
        return views;
    }

    private Map<Long, List<ClockView.Note>> notes(List<Long> clockIds) {
        Map<Long, List<ClockView.Note>> notes = new HashMap<>();
        if (clockIds.isEmpty()) {
            return notes;
        }
        jdbc.sql("select clock_id, noted_at, kind, args from clock_note where clock_id in (:ids) order by noted_at, id")
                .param("ids", clockIds)
                .query((rs, n) -> Map.entry(rs.getLong("clock_id"), new ClockView.Note(ClockStore.instant(rs, "noted_at"),
                        rs.getString("kind"), ClockViews.args(rs.getString("args")))))
                .list().forEach(e -> notes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return notes;
    }
}
