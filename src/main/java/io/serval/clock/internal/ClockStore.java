package io.serval.clock.internal;

import io.serval.agreement.Metric;
import io.serval.calendar.BusinessCalendar;
import io.serval.calendar.CalendarService;
import io.serval.core.DatabaseProduct;
import io.serval.clock.ClockState;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Reads and writes clocks with their segments and fired thresholds (plain SQL: the threshold pass and the
 * recomputation after a calendar change touch many clocks at once). Writes check the clock's version, so two
 * nodes never both act on one clock.
 */
@Component
class ClockStore {

    private static final String UPDATE = """
            update clock set record_number = :recordNumber, customer_code = :customer, service_code = :service,
                priority = :priority, record_group = :group, record_assignee = :assignee, agreement_code = :agreement,
                defined_by = :definedBy, target_code = :target, limit_seconds = :limit, calendar_code = :calendar,
                warnings = :warnings, pause_when = :pauseWhen, state = :state, elapsed_seconds = :elapsed,
                due_at = :due, next_threshold_percent = :nextPercent, next_threshold_at = :nextAt,
                stopped_at = :stoppedAt, cause_kind = :causeKind, cause_party = :causeParty,
                version = version + 1, updated_at = :now
            where id = :id and version = :version""";

    private static final String WITHDRAW =
            "update clock_threshold set withdrawn_at = ? where clock_id = ? and percent = ? and withdrawn_at is null";
    private static final String NOTE = "insert into clock_note (clock_id, noted_at, kind, args) values (?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final NamedParameterJdbcTemplate named;
    private final CalendarService calendars;
    private final DatabaseProduct database;

    ClockStore(JdbcClient jdbc, JdbcTemplate template, NamedParameterJdbcTemplate named, CalendarService calendars,
            DatabaseProduct database) {
        this.jdbc = jdbc;
        this.template = template;
        this.named = named;
        this.database = database;
        this.calendars = calendars;
    }

    /** A threshold firing to write, in its round, withdrawn already or not (null). */
    record Firing(long clockId, int percent, int round, Instant reachedAt, Instant firedAt, Instant withdrawnAt) {
    }

    /** The clocks of one measured record, oldest first. */
    List<StoredClock> ofRecord(String recordType, long recordId) {
        return load("select * from clock where record_type = :type and record_id = :id order by id",
                Map.of("type", recordType, "id", recordId));
    }

    /** For each of {@code members}, all the clocks of its measured record, oldest first (one query per record type). */
    Map<StoredClock, List<StoredClock>> ofRecords(Collection<StoredClock> members) {
        Map<String, List<StoredClock>> byRecord = new HashMap<>();
        members.stream().collect(Collectors.groupingBy(c -> c.recordType,
                Collectors.mapping(c -> c.recordId, Collectors.toSet()))).forEach((type, ids) ->
                load("select * from clock where record_type = :type and record_id in (:ids) order by id",
                        Map.of("type", type, "ids", ids))
                        .forEach(c -> byRecord.computeIfAbsent(c.recordType + "/" + c.recordId, k -> new ArrayList<>()).add(c)));
        Map<StoredClock, List<StoredClock>> of = new LinkedHashMap<>();
        members.forEach(c -> of.put(c, byRecord.getOrDefault(c.recordType + "/" + c.recordId, List.of())));
        return of;
    }

    /**
     * The clocks of one measured record, oldest first, locked for this transaction (the keeper, in the record's own
     * transaction): a threshold pass firing one of them meanwhile is waited for, and what it fired is read, not
     * overwritten.
     */
    List<StoredClock> lockedOfRecord(String recordType, long recordId) {
        return load("select * from clock where record_type = :type and record_id = :id order by id for update",
                Map.of("type", recordType, "id", recordId));
    }

    /** Of {@code recordIds}, those that have clocks. */
    Set<Long> withClocks(String recordType, Collection<Long> recordIds) {
        return recordIds.isEmpty() ? Set.of() : Set.copyOf(jdbc.sql(
                "select distinct record_id from clock where record_type = :type and record_id in (:ids)")
                .param("type", recordType).param("ids", recordIds).query(Long.class).list());
    }

    /**
     * Clocks by id, oldest first, locked for this transaction (the threshold pass: a second node waits, then sees
     * what fired). Locked in id order, as the keeper locks a record's clocks, so that no two lockers deadlock.
     */
    List<StoredClock> lockedByIds(Collection<Long> ids) {
        return load("select * from clock where id in (:ids) order by id for update", Map.of("ids", ids));
    }

    /** Clocks by id, in the order given. */
    List<StoredClock> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : load("select * from clock where id in (:ids) order by id", Map.of("ids", ids));
    }

    /** The clocks whose next threshold is reached by {@code now}, earliest first (indexed on next_threshold_at). */
    List<Long> thresholdDue(Instant now, int limit) {
        return jdbc.sql("""
                select id from clock where next_threshold_at <= :now order by next_threshold_at, id
                fetch first %d rows only""".formatted(limit))
                .param("now", Timestamp.from(now)).query(Long.class).list();
    }

    /**
     * Up to {@code limit} clocks not stopped that run on {@code calendar}, after clock {@code after} (null: from the
     * first), by state and id (indexed): the recomputation after a calendar change reads them a chunk at a time.
     */
    List<StoredClock> unstoppedOnCalendar(String calendar, StoredClock after, int limit) {
        // PAUSED, then RUNNING, each by id: one range of the index on (calendar_code, state, id), read in its order
        return load("""
                select * from clock where calendar_code = :calendar and state in ('PAUSED', 'RUNNING')
                  and (state, id) > (:state, :after)
                order by state, id fetch first %d rows only""".formatted(limit), Map.of("calendar", calendar,
                "state", after == null ? ClockState.PAUSED.name() : after.written.state().name(),
                "after", after == null ? 0L : after.id));
    }

    /**
     * Up to {@code limit} clocks not stopped measured under agreement {@code code} (in force or, inherited, where the
     * target is written), after clock {@code after} (null: from the first), by id.
     */
    List<StoredClock> unstoppedUnder(String code, StoredClock after, int limit) {
        return load("""
                select * from clock where (agreement_code = :code or defined_by = :code)
                  and state in ('RUNNING', 'PAUSED') and id > :after
                order by id fetch first %d rows only""".formatted(limit),
                Map.of("code", code, "after", after == null ? 0L : after.id));
    }

    private List<StoredClock> load(String sql, Map<String, ?> params) {
        List<StoredClock> clocks = new ArrayList<>();
        Map<Long, Row> rows = new LinkedHashMap<>();
        JdbcClient.StatementSpec spec = jdbc.sql(sql);
        for (Map.Entry<String, ?> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        spec.query((rs, n) -> row(rs)).list().forEach(r -> rows.put(r.id, r));
        if (rows.isEmpty()) {
            return clocks;
        }
        Map<Long, List<Segment>> segments = new HashMap<>();
        Map<Long, List<Long>> measured = new HashMap<>();
        jdbc.sql("select * from clock_segment where clock_id in (:ids) order by clock_id, position")
                .param("ids", rows.keySet())
                .query((rs, n) -> {
                    long clockId = rs.getLong("clock_id");
                    segments.computeIfAbsent(clockId, k -> new ArrayList<>()).add(new Segment(rs.getBoolean("running"),
                            instant(rs, "from_at"), instant(rs, "to_at"), rs.getString("reason")));
                    measured.computeIfAbsent(clockId, k -> new ArrayList<>())
                            .add(rs.getObject("business_seconds", Long.class));
                    return clockId;
                })
                .list();
        Map<Long, List<Integer>> fired = new HashMap<>();
        jdbc.sql("select clock_id, percent from clock_threshold where clock_id in (:ids) and withdrawn_at is null")
                .param("ids", rows.keySet())
                .query((rs, n) -> Map.entry(rs.getLong("clock_id"), rs.getInt("percent")))
                .list().forEach(e -> fired.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, BusinessCalendar> engines = new HashMap<>();
        for (Row r : rows.values()) {
            StoredClock stored = new StoredClock(r.id, r.version, r.recordType, r.recordId, r.party, r.startedAt);
            stored.recordNumber = r.recordNumber;
            stored.customer = r.customer;
            stored.service = r.service;
            stored.priority = r.priority;
            stored.group = r.group;
            stored.assignee = r.assignee;
            stored.definedBy = r.definedBy;
            stored.causeKind = r.causeKind;
            stored.causeParty = r.causeParty;
            stored.written = r.written;
            stored.measuredSeconds = measured.getOrDefault(r.id, List.of());
            stored.clock = MeasuredClock.restore(r.terms,
                    engines.computeIfAbsent(r.terms.calendar(), calendars::calendar),
                    segments.getOrDefault(r.id, List.of()), r.state, fired.getOrDefault(r.id, List.of()));
            clocks.add(stored);
        }
        return clocks;
    }

    private record Row(long id, long version, String recordType, long recordId, String recordNumber, String customer,
            String service, String priority, String group, String assignee, Party party, String definedBy,
            ClockTerms terms, ClockState state, Instant startedAt, String causeKind, String causeParty,
            StoredClock.Written written) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        Party party = new Party(Party.Kind.valueOf(rs.getString("party_kind")), rs.getString("party"),
                rs.getString("party_org"));
        ClockTerms terms = new ClockTerms(rs.getString("agreement_code"), rs.getString("target_code"),
                Metric.valueOf(rs.getString("metric")), rs.getString("priority"),
                Duration.ofSeconds(rs.getLong("limit_seconds")), rs.getString("calendar_code"),
                ints(rs.getString("warnings")), phases(rs.getString("pause_when")));
        return new Row(rs.getLong("id"), rs.getLong("version"), rs.getString("record_type"), rs.getLong("record_id"),
                rs.getString("record_number"), rs.getString("customer_code"), rs.getString("service_code"),
                rs.getString("priority"), rs.getString("record_group"), rs.getString("record_assignee"), party,
                rs.getString("defined_by"), terms, ClockState.valueOf(rs.getString("state")),
                instant(rs, "started_at"), rs.getString("cause_kind"), rs.getString("cause_party"),
                new StoredClock.Written(ClockState.valueOf(rs.getString("state")), rs.getLong("elapsed_seconds"),
                        instant(rs, "due_at"),
                        rs.getObject("next_threshold_percent", Integer.class), instant(rs, "next_threshold_at"),
                        instant(rs, "updated_at")));
    }

    /** Inserts new clocks with their segments; sets their ids. */
    void insert(List<StoredClock> clocks, Instant now) {
        List<Object[]> segments = new ArrayList<>();
        for (StoredClock c : clocks) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into clock (record_type, record_id, record_number, customer_code, service_code, priority,
                        record_group, record_assignee, metric, party_kind, party, party_org, agreement_code, defined_by,
                        target_code, limit_seconds, calendar_code, warnings, pause_when, state, elapsed_seconds, due_at,
                        next_threshold_percent, next_threshold_at, started_at, stopped_at, cause_kind, cause_party,
                        version, updated_at)
                    values (:recordType, :recordId, :recordNumber, :customer, :service, :priority, :group, :assignee,
                        :metric, :partyKind, :party, :partyOrg, :agreement, :definedBy, :target, :limit, :calendar,
                        :warnings, :pauseWhen, :state, :elapsed, :due, :nextPercent, :nextAt, :startedAt, :stoppedAt,
                        :causeKind, :causeParty, 0, :now)""")
                    .paramSource(columns(c, now)).update(key, "id");
            c.id = key.getKey().longValue();
            c.version = 0;
            segments.addAll(segmentRows(c, now));
        }
        template.batchUpdate(SEGMENT_INSERT, segments);
    }

    /** Writes a changed clock back; refuses (optimistic lock) when another node changed it since it was read. */
    void update(StoredClock c, Instant now) {
        int updated = jdbc.sql(UPDATE).paramSource(withKey(columns(c, now), c)).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("clock " + c.id + " was changed by someone else");
        }
        c.version++;
        if (!c.staysStopped()) {
            writeSegments(c, now);
        }
    }

    /** A column a recomputation writes: its name, its SQL type, its key in {@link #columns}. */
    private record Column(String name, String type, String key) {

        boolean instant() {
            return "timestamptz".equals(type);
        }

        /** The type of the array sent: instants as microseconds since the epoch. */
        String sent() {
            return instant() ? "bigint" : type;
        }
    }

    /** What a recomputation writes: what is derived from the segments, and the terms where they changed. */
    private static final List<Column> DERIVED = List.of(new Column("elapsed_seconds", "bigint", "elapsed"),
            new Column("due_at", "timestamptz", "due"), new Column("next_threshold_percent", "integer", "nextPercent"),
            new Column("next_threshold_at", "timestamptz", "nextAt"));
    private static final List<Column> TERMS = List.of(new Column("priority", "text", "priority"),
            new Column("agreement_code", "text", "agreement"), new Column("defined_by", "text", "definedBy"),
            new Column("target_code", "text", "target"), new Column("limit_seconds", "bigint", "limit"),
            new Column("calendar_code", "text", "calendar"), new Column("warnings", "text", "warnings"),
            new Column("pause_when", "text", "pauseWhen"));

    /**
     * Writes clocks back whose segments did not change (the threshold pass: what fired, the next threshold, the
     * breach cause), in one batch; refuses as {@link #update} does.
     */
    void updateFired(List<StoredClock> clocks, Instant now) {
        if (clocks.isEmpty()) {
            return;
        }
        int[] updated = named.batchUpdate(UPDATE, clocks.stream()
                .map(c -> new MapSqlParameterSource(withKey(columns(c, now), c))).toArray(SqlParameterSource[]::new));
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] != 1 && updated[i] != Statement.SUCCESS_NO_INFO) {
                throw new OptimisticLockingFailureException("clock " + clocks.get(i).id + " was changed by someone else");
            }
        }
        clocks.forEach(c -> c.version++);
    }

    /**
     * Writes back clocks recomputed in bulk (after a calendar or agreement change): what is derived from their
     * segments and, with {@code terms}, the terms they are measured under — the record's fields, the state and the
     * segments stay as they are — each only if nobody changed it since it was read (its version); the ids written,
     * whose versions move on. On PostgreSQL one statement for them all (each column's values as an array, instants
     * as epoch microseconds, unnested), elsewhere a JDBC batch.
     */
    Set<Long> recomputed(List<StoredClock> clocks, Instant now, boolean terms) {
        if (clocks.isEmpty()) {
            return Set.of();
        }
        Set<Long> written = new HashSet<>();
        List<Map<String, Object>> rows = clocks.stream().map(c -> withKey(columns(c, now), c)).toList();
        if (database.isPostgres()) {
            List<Column> columns = new ArrayList<>(DERIVED);
            if (terms) {
                columns.addAll(TERMS);
            }
            String sql = "update clock c set "
                    + columns.stream().map(col -> col.name() + " = " + (col.instant()
                            ? "timestamptz 'epoch' + u." + col.name() + " * interval '1 microsecond'"
                            : "u." + col.name())).collect(Collectors.joining(", "))
                    + ", version = c.version + 1, updated_at = ? from unnest(?::bigint[], ?::bigint[], "
                    + columns.stream().map(col -> "?::" + col.sent() + "[]").collect(Collectors.joining(", "))
                    + ") as u(id, version, " + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                    + ") where c.id = any(?) and c.id = u.id and c.version = u.version returning c.id";
            written.addAll(template.execute((ConnectionCallback<List<Long>>) con -> {
                try (PreparedStatement ps = con.prepareStatement(sql)) {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setArray(2, array(con, "bigint", rows, "id"));
                    ps.setArray(3, array(con, "bigint", rows, "version"));
                    int i = 4;
                    for (Column col : columns) {
                        ps.setArray(i++, array(con, col.sent(), rows, col.key()));
                    }
                    ps.setArray(i, array(con, "bigint", rows, "id")); // the clocks by their primary key, not by a scan
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    return ids;
                }
            }));
        } else {
            int[] counts = named.batchUpdate(UPDATE, rows.toArray(Map[]::new));
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 1) {
                    written.add(clocks.get(i).id);
                }
            }
        }
        clocks.stream().filter(c -> written.contains(c.id)).forEach(c -> c.version++);
        return written;
    }

    /** Withdraws the live firings of the thresholds given per clock (in one statement on PostgreSQL). */
    void withdrawn(Map<Long, List<Integer>> percentsByClock, Instant now) {
        List<Object[]> pairs = new ArrayList<>();
        percentsByClock.forEach((clock, percents) -> percents.forEach(p -> pairs.add(new Object[] {clock, p})));
        if (pairs.isEmpty()) {
            return;
        }
        if (database.isPostgres()) {
            template.execute((ConnectionCallback<Integer>) con -> {
                try (PreparedStatement ps = con.prepareStatement("""
                        update clock_threshold t set withdrawn_at = ?
                        from unnest(?::bigint[], ?::integer[]) as u(clock_id, percent)
                        where t.clock_id = any(?) and t.clock_id = u.clock_id and t.percent = u.percent
                          and t.withdrawn_at is null""")) {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setArray(2, con.createArrayOf("bigint", pairs.stream().map(p -> p[0]).toArray()));
                    ps.setArray(3, con.createArrayOf("integer", pairs.stream().map(p -> p[1]).toArray()));
                    ps.setArray(4, con.createArrayOf("bigint", percentsByClock.keySet().toArray()));
                    return ps.executeUpdate();
                }
            });
        } else {
            template.batchUpdate(WITHDRAW, pairs.stream()
                    .map(p -> new Object[] {Timestamp.from(now), p[0], p[1]}).toList());
        }
    }

    /** A note for the timeline, made {@code at}: {@code kind} a message key's last part, {@code args} its arguments. */
    record Note(long clockId, Instant at, String kind, List<String> args) {
    }

    /** Notes on many clocks at once (in one statement on PostgreSQL). */
    void notes(List<Note> notes) {
        if (notes.isEmpty()) {
            return;
        }
        if (database.isPostgres()) {
            template.execute((ConnectionCallback<Integer>) con -> {
                try (PreparedStatement ps = con.prepareStatement("""
                        insert into clock_note (clock_id, noted_at, kind, args)
                        select u.clock_id, timestamptz 'epoch' + u.noted_at * interval '1 microsecond', u.kind, u.args
                        from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[]) as u(clock_id, noted_at, kind, args)""")) {
                    ps.setArray(1, con.createArrayOf("bigint", notes.stream().map(Note::clockId).toArray()));
                    ps.setArray(2, con.createArrayOf("bigint",
                            notes.stream().map(n -> ChronoUnit.MICROS.between(Instant.EPOCH, n.at())).toArray()));
                    ps.setArray(3, con.createArrayOf("text", notes.stream().map(Note::kind).toArray()));
                    ps.setArray(4, con.createArrayOf("text", notes.stream().map(n -> args(n.args())).toArray()));
                    return ps.executeUpdate();
                }
            });
        } else {
            template.batchUpdate(NOTE, notes.stream()
                    .map(n -> new Object[] {n.clockId(), Timestamp.from(n.at()), n.kind(), args(n.args())}).toList());
        }
    }

    /**
     * The last note of one of {@code kinds} on each of {@code clockIds} that has one (e.g. whether a clock's latest
     * word on its terms already says it has no target).
     */
    Map<Long, Note> lastNotes(Collection<Long> clockIds, Collection<String> kinds) {
        Map<Long, Note> last = new HashMap<>();
        if (clockIds.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                select clock_id, noted_at, kind, args from clock_note where clock_id in (:ids) and kind in (:kinds)
                order by noted_at, id""")
                .param("ids", clockIds).param("kinds", kinds)
                .query((rs, n) -> new Note(rs.getLong("clock_id"), instant(rs, "noted_at"), rs.getString("kind"),
                        ClockViews.args(rs.getString("args"))))
                .list().forEach(n -> last.put(n.clockId(), n));
        return last;
    }

    /** One column of {@code rows} as an SQL array; instants as microseconds since the epoch. */
    private static Array array(Connection con, String type, List<Map<String, Object>> rows, String column)
            throws SQLException {
        return con.createArrayOf(type, rows.stream().map(r -> r.get(column))
                .map(v -> v instanceof Timestamp t ? ChronoUnit.MICROS.between(Instant.EPOCH, t.toInstant()) : v)
                .toArray());
    }

    private static String args(List<String> args) {
        return args.isEmpty() ? null : String.join("\u001f", args);
    }

    private static final String SEGMENT_INSERT = """
            insert into clock_segment (clock_id, position, running, from_at, to_at, reason, business_seconds)
            values (?, ?, ?, ?, ?, ?, ?)""";

    private void writeSegments(StoredClock c, Instant now) {
        jdbc.sql("delete from clock_segment where clock_id = ?").param(c.id).update();
        template.batchUpdate(SEGMENT_INSERT, segmentRows(c, now));
    }

    /** The clock's segments, each closed one with its business time on the calendar it is measured on now. */
    private static List<Object[]> segmentRows(StoredClock c, Instant now) {
        List<Segment> segments = c.clock.segments();
        List<Object[]> rows = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            rows.add(new Object[] {c.id, i, s.running(), Timestamp.from(s.from()),
                    s.to() == null ? null : Timestamp.from(s.to()), s.reason(),
                    s.open() ? null : c.clock.businessSeconds(s, now)});
        }
        return rows;
    }

    private static Map<String, Object> withKey(Map<String, Object> columns, StoredClock c) {
        columns.put("id", c.id);
        columns.put("version", c.version);
        return columns;
    }

    private static Map<String, Object> columns(StoredClock c, Instant now) {
        MeasuredClock clock = c.clock;
        ClockTerms t = clock.terms();
        Map<String, Object> p = new HashMap<>();
        p.put("recordType", c.recordType);
        p.put("recordId", c.recordId);
        p.put("recordNumber", c.recordNumber);
        p.put("customer", c.customer);
        p.put("service", c.service);
        p.put("priority", t.priority());
        p.put("group", c.group);
        p.put("assignee", c.assignee);
        p.put("metric", t.metric().name());
        p.put("partyKind", c.party.kind().name());
        p.put("party", c.party.code());
        p.put("partyOrg", c.party.organisation());
        p.put("agreement", t.agreement());
        p.put("definedBy", c.definedBy);
        p.put("target", t.target());
        p.put("limit", t.limit().getSeconds());
        p.put("calendar", t.calendar());
        p.put("warnings", t.warnings().stream().map(String::valueOf).collect(Collectors.joining(",")));
        p.put("pauseWhen", t.pauseWhen().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        p.put("state", clock.state().name());
        // a clock that was stopped and stays so keeps what it was measured as (its calendar may have changed since)
        p.put("elapsed", c.staysStopped() ? c.written.elapsedSeconds() : clock.elapsed(now).getSeconds());
        p.put("due", (c.staysStopped() ? Optional.ofNullable(c.written.due()) : clock.due()).map(Timestamp::from)
                .orElse(null));
        MeasuredClock.Threshold next = clock.nextThreshold().orElse(null);
        p.put("nextPercent", next == null ? null : next.percent());
        p.put("nextAt", next == null ? null : Timestamp.from(next.at()));
        p.put("startedAt", Timestamp.from(c.startedAt));
        p.put("stoppedAt", clock.stoppedAt().map(Timestamp::from).orElse(null));
        p.put("causeKind", c.causeKind);
        p.put("causeParty", c.causeParty);
        p.put("now", Timestamp.from(now));
        return p;
    }

    /**
     * Records a threshold as fired, in a new round when an earlier firing was withdrawn. The round counts the
     * withdrawn firings, so a clock holds at most one live firing of a threshold: a second one breaks
     * {@code uk_clock_threshold} ({@link org.springframework.dao.DuplicateKeyException}) and rolls back with
     * everything it would have sent.
     */
    void fired(long clockId, int percent, Instant reachedAt, Instant now) {
        jdbc.sql(FIRED).params(clockId, percent, Timestamp.from(reachedAt), Timestamp.from(now), clockId, percent).update();
    }

    /** Records firings whose round is known (a replayed history's, on clocks it started). */
    void fired(List<Firing> firings) {
        template.batchUpdate("""
                insert into clock_threshold (clock_id, percent, round, reached_at, fired_at, withdrawn_at)
                values (?, ?, ?, ?, ?, ?)""", firings.stream().map(f -> new Object[] {f.clockId(), f.percent(), f.round(),
                Timestamp.from(f.reachedAt()), Timestamp.from(f.firedAt()),
                f.withdrawnAt() == null ? null : Timestamp.from(f.withdrawnAt())}).toList());
    }

    /** Records many thresholds as fired ({@link #fired}), in one batch: {@code firings} as (clock id, threshold). */
    void fired(List<Map.Entry<Long, MeasuredClock.Threshold>> firings, Instant now) {
        if (firings.isEmpty()) {
            return;
        }
        Timestamp firedAt = Timestamp.from(now);
        template.batchUpdate(FIRED, firings.stream().map(f -> new Object[] {f.getKey(), f.getValue().percent(),
                Timestamp.from(f.getValue().at()), firedAt, f.getKey(), f.getValue().percent()}).toList());
    }

    private static final String FIRED = """
            insert into clock_threshold (clock_id, percent, round, reached_at, fired_at)
            select ?, ?, count(*) + 1, cast(? as timestamp with time zone), cast(? as timestamp with time zone)
            from clock_threshold
            where clock_id = ? and percent = ? and withdrawn_at is not null""";

    void withdrawn(long clockId, Collection<Integer> percents, Instant now) {
        for (int percent : percents) {
            jdbc.sql(WITHDRAW).params(Timestamp.from(now), clockId, percent).update();
        }
    }

    /** A note on the clock's timeline: {@code kind} a message key's last part, {@code args} its arguments. */
    void note(long clockId, Instant at, String kind, String... args) {
        jdbc.sql(NOTE).params(clockId, Timestamp.from(at), kind, args(List.of(args))).update();
    }

    /** Puts the cause on the clock (written with it) and records the shares and a note now. */
    void breachCause(StoredClock sla, BreachAttribution.Cause cause, Instant at) {
        breachCauses(Map.of(sla, cause), at);
    }

    /** {@link #breachCause} for many clocks at once (the threshold pass), with a few batched statements. */
    void breachCauses(Map<StoredClock, BreachAttribution.Cause> causes, Instant at) {
        if (causes.isEmpty()) {
            return;
        }
        List<Note> notes = new ArrayList<>();
        Map<Long, List<BreachAttribution.Share>> shares = new HashMap<>();
        causes.forEach((sla, cause) -> {
            sla.causeKind = cause.kind();
            sla.causeParty = cause.party();
            notes.add(new Note(sla.id, at, "BREACH_CAUSE", List.of(cause.kind(), cause.party() == null ? "" : cause.party())));
            shares.put(sla.id, cause.shares());
        });
        notes(notes);
        shares(shares);
    }

    /** Replaces the breach shares of each clock given. */
    void shares(Map<Long, List<BreachAttribution.Share>> shares) {
        if (shares.isEmpty()) {
            return;
        }
        jdbc.sql("delete from clock_breach_share where clock_id in (:ids)").param("ids", shares.keySet()).update();
        List<Object[]> rows = new ArrayList<>();
        shares.forEach((clockId, of) -> of.forEach(s -> rows.add(new Object[] {clockId, s.party().kind().name(),
                s.party().code(), s.party().organisation(), s.seconds()})));
        if (!rows.isEmpty()) {
            template.batchUpdate("""
                    insert into clock_breach_share (clock_id, party_kind, party, party_org, business_seconds)
                    values (?, ?, ?, ?, ?)""", rows);
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<Integer> ints(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    private static Set<Phase> phases(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        Arrays.stream(stored.split(",")).map(String::trim).map(Phase::valueOf).forEach(phases::add);
        return phases;
    }
}
