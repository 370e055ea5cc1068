package io.serval.clock.internal;

import io.serval.clock.ClockView;
import io.serval.clock.NearBreachFilter;
import io.serval.clock.TargetOutcome;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads clocks for the queries; who may read them is the queries' concern. */
@Component
public class ClockReading {

    /**
     * The near-breach list's sort keys and their columns. {@code due}: when the time left runs out (indexed with
     * the state), which puts the clocks already over their target first.
     */
    public static final Map<String, String> NEAR_BREACH_COLUMNS = Map.of("due", "due_at", "number", "record_number",
            "customer", "customer_code", "group", "record_group", "priority", "priority", "metric", "metric",
            "party", "party", "id", "id");

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

    /**
     * A page of the running clocks matching {@code filter}, as of now, in the page's order (sort properties are
     * the keys of {@link #NEAR_BREACH_COLUMNS}). Paused clocks are not on it: their time does not run out.
     */
    public Page<ClockView> nearBreach(NearBreachFilter filter, Pageable page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("where state = 'RUNNING'");
        condition(where, params, "record_group", filter.group());
        condition(where, params, "customer_code", filter.customer());
        condition(where, params, "priority", filter.priority());
        condition(where, params, "metric", filter.metric());
        condition(where, params, "party", filter.party());
        long total = jdbc.sql("select count(*) from clock " + where).params(params).query(Long.class).single();
        if (total == 0 || page.getOffset() >= total) {
            return new PageImpl<>(List.of(), page, total);
        }
        List<Long> ids = jdbc.sql("select id from clock " + where + " order by " + orderBy(page.getSort())
                        + " offset " + page.getOffset() + " rows fetch next " + page.getPageSize() + " rows only")
                .params(params).query(Long.class).list();
        return new PageImpl<>(views(ids), page, total);
    }

    /** The priorities, metrics and parties of the running clocks, each sorted. */
    public NearBreachFilter.Choices runningValues() {
        return new NearBreachFilter.Choices(distinctRunning("priority"), distinctRunning("metric"),
                distinctRunning("party"));
    }

    /**
     * Per target of agreement {@code code} (an SLA's clocks, or the clocks of the OLA or UC that is the party):
     * the clocks that stopped within or over their target in [{@code from}, {@code end}), and those started before
     * {@code end} that have not stopped.
     */
    public List<TargetOutcome> outcomes(String code, boolean sla, Instant from, Instant end) {
        return jdbc.sql("""
                select target_code, metric, priority,
                    sum(case when state = 'MET' then 1 else 0 end) as met,
                    sum(case when state = 'BREACHED' then 1 else 0 end) as missed,
                    sum(case when state in ('RUNNING', 'PAUSED') then 1 else 0 end) as running
                from clock
                where %s
                  and ((state in ('MET', 'BREACHED') and stopped_at >= :from and stopped_at < :end)
                       or (state in ('RUNNING', 'PAUSED') and started_at < :end))
                group by target_code, metric, priority
                order by metric, priority, target_code""".formatted(sla
                        ? "party_kind = 'SLA' and agreement_code = :code" : "party_kind <> 'SLA' and party = :code"))
                .param("code", code).param("from", Timestamp.from(from)).param("end", Timestamp.from(end))
                .query((rs, n) -> new TargetOutcome(rs.getString("target_code"), rs.getString("metric"),
                        rs.getString("priority"), rs.getLong("met"), rs.getLong("missed"), rs.getLong("running")))
                .list();
    }

    private List<String> distinctRunning(String column) {
        return jdbc.sql("select distinct " + column + " from clock where state = 'RUNNING' and " + column
                + " is not null order by " + column).query(String.class).list();
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String column, String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }

    private static String orderBy(Sort sort) {
        List<String> terms = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = NEAR_BREACH_COLUMNS.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("the near-breach list cannot be sorted by " + order.getProperty());
            }
            terms.add(column + (order.isAscending() ? " asc" : " desc") + " nulls last");
        }
        terms.add("id");
        return String.join(", ", terms);
    }

    /** The clocks of {@code ids} as of now, in that order. */
    private List<ClockView> views(List<Long> ids) {
        Instant now = clock.instant();
        Map<Long, StoredClock> byId = store.byIds(ids).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, List<ClockView.Note>> notes = notes(ids);
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(c -> ClockViews.view(c, now, ClockViews.notes(notes, c.id))).toList();
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
