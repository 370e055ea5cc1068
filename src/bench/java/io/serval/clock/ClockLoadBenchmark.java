package io.serval.clock;

import io.serval.ServalApplication;
import io.serval.agreement.Metric;
import io.serval.calendar.CalendarService;
import io.serval.clock.internal.ClockRecompute;
import io.serval.clock.internal.ClockTerms;
import io.serval.clock.internal.MeasuredClock;
import io.serval.clock.internal.Phase;
import io.serval.clock.internal.Segment;
import io.serval.clock.internal.ThresholdPass;
import io.serval.support.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SLA clocks under load (not a test): starts the application in-process on PostgreSQL (database {@code test},
 * schema {@code bench_clocks}, cleaned and migrated by Flyway through the application; demo agreements, users and
 * teams, no demo tickets), loads 100,000 running and 1,000,000 finished clocks with SQL, then measures
 * <ul>
 * <li>the threshold pass ({@link ThresholdPass#fireDue()}) once a minute: 5 warm-up and 20 measured passes, each at
 * the next minute of a working Wednesday, so each fires what became due in that minute; and the due-clock selection
 * alone (the pass's own query) at each of those instants; then one catch-up pass over ten minutes' worth;</li>
 * <li>the recomputation of every running clock after a calendar change ({@code ClockRecompute.afterCalendarChange})
 * for each calendar the running clocks use;</li>
 * </ul>
 * and prints the plan of the due-clock selection (EXPLAIN ANALYZE, BUFFERS). Figures go to docs/benchmarks.md.
 *
 * <p>The running clocks stand for 100,000 open tickets raised evenly over the last 20 days (5,000 a day), on the
 * demo agreements' resolution targets (cn-standard and 24x7), with 1-4 segments (a quarter of them paused now);
 * every threshold they reached before "now" is on record as fired. Each clock fires 4 thresholds (50/75/90/100 %)
 * while it runs, so about 5,000 × 4 = 20,000 thresholds fall due per day of business time: on cn-standard, where
 * they crowd into the 540 working minutes, some 40 per working minute (the benchmark counts the real number).
 *
 * <p>Run: {@code ./mvnw -B -Pbench test-compile -DskipTests}, then
 * {@code ./mvnw -B -q -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test}
 * and {@code java -cp target/test-classes:target/classes:$(cat target/bench.cp) io.serval.clock.ClockLoadBenchmark}.
 */
public final class ClockLoadBenchmark {

    static final int RUNNING = 100_000;
    static final int FINISHED = 1_000_000;
    static final int WARM_UP = 5;
    static final int PASSES = 20;
    static final String SCHEMA = "bench_clocks";
    /** A working Wednesday morning in Shanghai: the passes run at the minutes after it. */
    static final Instant NOW = OffsetDateTime.parse("2026-11-25T10:00:00+08:00").toInstant();

    /**
     * What the clocks measure, one profile per {@code record_id % 10}: the demo agreements' resolution targets — the
     * corporate SLA's P3 (four in ten), P2 and P1 on cn-standard, Customer B's P1 around the clock, the desk's OLA
     * and the network team's OLA, a supplier's UC.
     */
    static final String PROFILES = """
            (values (0, 'SLA', 'SLA', null, 'CORP-SLA', 'RES-P3', 'P3', 45 * 3600, 'cn-standard', 'DESK'),
                    (1, 'SLA', 'SLA', null, 'CORP-SLA', 'RES-P3', 'P3', 45 * 3600, 'cn-standard', 'DESK'),
                    (2, 'SLA', 'SLA', null, 'CORP-SLA', 'RES-P3', 'P3', 45 * 3600, 'cn-standard', 'NETWORK'),
                    (3, 'SLA', 'SLA', null, 'CORP-SLA', 'RES-P3', 'P3', 45 * 3600, 'cn-standard', 'DESK'),
                    (4, 'SLA', 'SLA', null, 'CORP-SLA', 'RES-P2', 'P2', 16 * 3600, 'cn-standard', 'DESK'),
                    (5, 'SLA', 'SLA', null, 'CORP-SLA', 'RES-P1', 'P1', 8 * 3600, 'cn-standard', 'NETWORK'),
                    (6, 'SLA', 'SLA', null, 'SLA-CUST-B', 'RES-P1', 'P1', 6 * 3600, '24x7', 'DESK'),
                    (7, 'OLA', 'OLA-DESK', 'DESK', 'OLA-DESK', 'RES-P3', 'P3', 36 * 3600, 'cn-standard', 'DESK'),
                    (8, 'OLA', 'OLA-NETWORK', 'NETWORK', 'OLA-NETWORK', 'RES-P2', 'P2', 12 * 3600, '24x7', 'NETWORK'),
                    (9, 'UC', 'UC-PROV-1', 'PROV-1', 'UC-PROV-1', 'RES-P2', 'P2', 12 * 3600, '24x7', 'DESK'))
                as p (k, party_kind, party, party_org, agreement, target, priority, limit_seconds, calendar, team)""";

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ServalApplication.class)
                .profiles("test")
                .properties("SERVAL_TEST_SCHEMA=" + SCHEMA)
                // as in production: without the tests' listener of ClockThresholdReached (with it, each threshold
                // also costs an event publication, and its completion a transaction after the commit)
                .initializers(context -> context.addBeanFactoryPostProcessor(beans -> {
                    if (!Boolean.getBoolean("bench.probe")) {
                        ((BeanDefinitionRegistry) beans).removeBeanDefinition("thresholdProbe");
                    }
                }))
                // as arguments: they outrank the test profile's settings (its 40 demo tickets would hold clocks)
                .run("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA
                        + "&reWriteBatchedInserts=true", "--server.port=0", "--serval.desk.demo-tickets=0",
                        "--logging.level.root=WARN")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            TestClock clock = app.getBean(TestClock.class);
            ThresholdPass pass = app.getBean(ThresholdPass.class);
            clock.freeze(NOW);

            long start = System.nanoTime();
            loadFinished(jdbc);
            System.out.printf("finished clocks loaded: %,d in %d s%n", FINISHED, seconds(start));
            start = System.nanoTime();
            loadRunning(jdbc);
            int fired = arm(jdbc, app.getBean(CalendarService.class));
            jdbc.execute("vacuum analyze");
            System.out.printf("running clocks loaded and armed: %,d (%,d thresholds already fired) in %d s%n", RUNNING,
                    fired, seconds(start));
            System.out.println(jdbc.queryForList("select state, count(*) from clock group by state order by state"));

            thresholdPasses(jdbc, clock, pass);
            recompute(jdbc, app.getBean(ClockRecompute.class));
            System.out.println("\nplan of the due-clock selection:");
            jdbc.queryForList("explain (analyze, buffers) " + SELECTION, String.class,
                    Timestamp.from(NOW.plus(Duration.ofMinutes(WARM_UP + PASSES + 11)))).forEach(System.out::println);
        }
    }

    /** The threshold pass's own selection ({@code ClockStore.thresholdDue}) with its default batch size. */
    static final String SELECTION = "select id from clock where next_threshold_at <= ? order by next_threshold_at, id"
            + " fetch first 500 rows only";

    static void thresholdPasses(JdbcTemplate jdbc, TestClock clock, ThresholdPass pass) {
        List<Double> passMillis = new ArrayList<>();
        List<Double> selectMillis = new ArrayList<>();
        List<Integer> firedCounts = new ArrayList<>();
        List<Integer> dueCounts = new ArrayList<>();
        Instant at = NOW;
        for (int i = 0; i < WARM_UP + PASSES; i++) {
            at = at.plus(Duration.ofMinutes(1));
            clock.freeze(at);
            Timestamp now = Timestamp.from(at);
            long t0 = System.nanoTime();
            int due = jdbc.queryForList(SELECTION, Long.class, now).size();
            double select = millis(t0);
            int[] fired = new int[1];
            double passed = timed(() -> fired[0] = pass.fireDue());
            System.out.printf("%s pass at +%2d min: %3d clocks due, %3d thresholds fired in %6.1f ms (selection alone %.2f ms)%n",
                    i < WARM_UP ? "warm-up" : "measured", i + 1, due, fired[0], passed, select);
            if (i >= WARM_UP) {
                passMillis.add(passed);
                selectMillis.add(select);
                firedCounts.add(fired[0]);
                dueCounts.add(due);
            }
        }
        System.out.printf("%nthreshold pass, %d passes: median %.1f ms, p95 %.1f ms, max %.1f ms; thresholds per pass median %d"
                        + " (min %d, max %d), clocks due per pass median %d%n", PASSES, median(passMillis),
                percentile(passMillis, 95), Collections.max(passMillis), (int) median(firedCounts.stream().map(Integer::doubleValue).toList()),
                Collections.min(firedCounts), Collections.max(firedCounts), (int) median(dueCounts.stream().map(Integer::doubleValue).toList()));
        System.out.printf("due-clock selection alone: median %.2f ms, p95 %.2f ms%n", median(selectMillis), percentile(selectMillis, 95));

        at = at.plus(Duration.ofMinutes(10));
        clock.freeze(at);
        int due = jdbc.queryForObject("select count(*) from clock where next_threshold_at <= ?", Integer.class, Timestamp.from(at));
        int[] fired = new int[1];
        double passed = timed(() -> fired[0] = pass.fireDue());
        System.out.printf("catch-up pass over 10 minutes: %d clocks due, %d thresholds fired in %.1f ms%n", due, fired[0], passed);
    }

    /**
     * A holiday notice for this Friday on cn-standard (written to the calendar's tables, its version moved on, as an
     * import does, without the event that would start the recomputation in the background), then the recomputation of
     * every clock not stopped on each calendar the running clocks use: cn-standard (its clocks change), 24x7 (read and
     * measured, nothing changes) and cn-standard again (nothing left to change).
     */
    static void recompute(JdbcTemplate jdbc, ClockRecompute recompute) {
        jdbc.update("""
                insert into calendar_holiday (calendar_id, on_date, name_zh, name_en)
                select id, date '2026-11-27', '临时休假', 'Extra day off' from business_calendar where code = 'cn-standard'""");
        jdbc.update("update business_calendar set version = version + 1 where code = 'cn-standard'");
        System.out.println();
        long total = 0;
        int clocks = 0;
        for (String calendar : List.of("cn-standard", "24x7", "cn-standard")) {
            int unstopped = jdbc.queryForObject("select count(*) from clock where calendar_code = ? and state in ('RUNNING', 'PAUSED')",
                    Integer.class, calendar);
            long start = System.nanoTime();
            int changed = recompute.afterCalendarChange(calendar);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("recompute after a change of %s: %,d clocks not stopped read and measured, %,d changed, in %,d ms%n",
                    calendar, unstopped, changed, millis);
            if (clocks < RUNNING) {
                total += millis;
                clocks += unstopped;
            }
        }
        System.out.printf("recompute, every clock not stopped (%,d) measured again: %,d ms%n", clocks, total);
    }

    /**
     * 1,000,000 clocks stopped over the last two years: met (with their 50 % or 50 and 75 % warnings fired), breached
     * (all four thresholds) or cancelled, with 1-4 closed segments each.
     */
    static void loadFinished(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into clock (record_type, record_id, record_number, customer_code, service_code, priority,
                    record_group, record_assignee, metric, party_kind, party, party_org, agreement_code, defined_by,
                    target_code, limit_seconds, calendar_code, warnings, pause_when, state, elapsed_seconds, due_at,
                    started_at, stopped_at, cause_kind, version, updated_at)
                select 'TICKET', g, 'INC-' || lpad(g::text, 8, '0'), 'CUST-' || (g %% 3), 'DESKTOP', p.priority, p.team,
                    'agent', 'RESOLUTION', p.party_kind, p.party, p.party_org, p.agreement, p.agreement, p.target,
                    p.limit_seconds, p.calendar, '50,75,90', 'PENDING_CUSTOMER', s.state,
                    case s.state when 'BREACHED' then p.limit_seconds + 3600 else p.limit_seconds / 2 end,
                    s.started + interval '1 second' * p.limit_seconds * 2, s.started,
                    s.started + interval '1 second' * p.limit_seconds * (case s.state when 'BREACHED' then 3 else 1 end),
                    case when s.state = 'BREACHED' and p.party_kind = 'SLA' then 'INTERNAL' end, 2,
                    s.started + interval '1 second' * p.limit_seconds * 3
                from generate_series(1, %d) g
                join %s on p.k = g %% 10
                cross join lateral (select %s - interval '1 minute' * (30 * 1440 + (g::bigint * 7919) %% (700 * 1440)) as started,
                    case when g %% 20 < 15 then 'MET' when g %% 20 < 19 then 'BREACHED' else 'CANCELLED' end as state) s
                """.formatted(FINISHED, PROFILES, sqlInstant(NOW)));
        jdbc.update("""
                insert into clock_segment (clock_id, position, running, from_at, to_at, reason)
                select c.id, j, j %% 2 = 0,
                    c.started_at + (c.stopped_at - c.started_at) * j / n.n,
                    c.started_at + (c.stopped_at - c.started_at) * (j + 1) / n.n,
                    case when j = 0 then 'OPEN' when j %% 2 = 1 then 'PENDING_CUSTOMER' else 'OPEN' end
                from clock c
                cross join lateral (select %s as n) n
                cross join lateral generate_series(0, n.n - 1) j
                where c.state <> 'RUNNING' and c.state <> 'PAUSED'
                """.formatted(segmentCount("c.record_id")));
        jdbc.update("""
                insert into clock_threshold (clock_id, percent, round, reached_at, fired_at)
                select c.id, t.percent, 1, c.started_at + (c.stopped_at - c.started_at) * t.percent / 300,
                    c.started_at + (c.stopped_at - c.started_at) * t.percent / 300
                from clock c
                join (values (50), (75), (90), (100)) t (percent)
                    on c.state = 'BREACHED' or (c.state = 'MET' and (t.percent = 50 or (t.percent = 75 and c.record_id % 3 = 0)))
                """);
    }

    /**
     * 1-4 segments: one (40 %), two (15 %), three (35 %) or four (10 %); they alternate running and paused so that the
     * last one runs, or with two and four the clock is paused now (a quarter of them).
     */
    static String segmentCount(String recordId) {
        return "case when (%1$s * 31) %% 20 < 8 then 1 when (%1$s * 31) %% 20 < 11 then 2 when (%1$s * 31) %% 20 < 18 then 3 else 4 end"
                .formatted(recordId);
    }

    /** 100,000 clocks of open tickets raised evenly over the last 20 days, with their segments up to now. */
    static void loadRunning(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into clock (record_type, record_id, record_number, customer_code, service_code, priority,
                    record_group, record_assignee, metric, party_kind, party, party_org, agreement_code, defined_by,
                    target_code, limit_seconds, calendar_code, warnings, pause_when, state, elapsed_seconds,
                    started_at, version, updated_at)
                select 'TICKET', g, 'INC-' || lpad(g::text, 8, '0'), 'CUST-' || (g %% 3), 'DESKTOP', p.priority, p.team,
                    'agent', 'RESOLUTION', p.party_kind, p.party, p.party_org, p.agreement, p.agreement, p.target,
                    p.limit_seconds, p.calendar, '50,75,90', 'PENDING_CUSTOMER',
                    case when (%3$s) %% 2 = 0 then 'PAUSED' else 'RUNNING' end, 0,
                    %4$s - interval '1 second' * ((g::bigint * 7919) %% (20 * 86400) + 60), 1, %4$s
                from generate_series(%1$d, %2$d) g
                join %5$s on p.k = g %% 10
                """.formatted(FINISHED + 1, FINISHED + RUNNING, segmentCount("g"), sqlInstant(NOW), PROFILES));
        jdbc.update("""
                insert into clock_segment (clock_id, position, running, from_at, to_at, reason)
                select c.id, j, (n.n - 1 - j) %% 2 = 0,
                    c.started_at + (%2$s - c.started_at) * j / n.n,
                    case when j < n.n - 1 then c.started_at + (%2$s - c.started_at) * (j + 1) / n.n end,
                    case when (n.n - 1 - j) %% 2 = 0 then 'OPEN' else 'PENDING_CUSTOMER' end
                from clock c
                cross join lateral (select %1$s as n) n
                cross join lateral generate_series(0, n.n - 1) j
                where c.state in ('RUNNING', 'PAUSED')
                """.formatted(segmentCount("c.record_id"), sqlInstant(NOW)));
    }

    /**
     * Measures each running clock as the application does (its segments on its calendar): the thresholds reached
     * before now are recorded as fired, the next one, the due instant and the elapsed time are put on the clock.
     * The number of thresholds recorded.
     */
    static int arm(JdbcTemplate jdbc, CalendarService calendars) {
        Map<Long, List<Segment>> segments = new HashMap<>();
        jdbc.query("""
                select s.clock_id, s.running, s.from_at, s.to_at, s.reason from clock_segment s join clock c on c.id = s.clock_id
                where c.state in ('RUNNING', 'PAUSED') order by s.clock_id, s.position""", rs -> {
            Timestamp to = rs.getTimestamp("to_at");
            segments.computeIfAbsent(rs.getLong("clock_id"), k -> new ArrayList<>()).add(new Segment(rs.getBoolean("running"),
                    rs.getTimestamp("from_at").toInstant(), to == null ? null : to.toInstant(), rs.getString("reason")));
        });
        List<Object[]> armed = new ArrayList<>();
        List<Object[]> fired = new ArrayList<>();
        Set<Phase> pauses = EnumSet.of(Phase.PENDING_CUSTOMER);
        jdbc.query("select id, agreement_code, target_code, priority, limit_seconds, calendar_code, state from clock"
                + " where state in ('RUNNING', 'PAUSED')", rs -> {
            long id = rs.getLong("id");
            ClockTerms terms = new ClockTerms(rs.getString("agreement_code"), rs.getString("target_code"), Metric.RESOLUTION,
                    rs.getString("priority"), Duration.ofSeconds(rs.getLong("limit_seconds")), rs.getString("calendar_code"),
                    ClockTerms.DEFAULT_WARNINGS, pauses);
            MeasuredClock clock = MeasuredClock.restore(terms, calendars.calendar(terms.calendar()), segments.get(id),
                    ClockState.valueOf(rs.getString("state")), List.of());
            for (MeasuredClock.Threshold reached : clock.reached(NOW)) {
                clock.fired(reached.percent());
                fired.add(new Object[] {id, reached.percent(), Timestamp.from(reached.at())});
            }
            MeasuredClock.Threshold next = clock.nextThreshold().orElse(null);
            armed.add(new Object[] {id, clock.elapsed(NOW).getSeconds(), clock.due().map(Timestamp::from).orElse(null),
                    next == null ? null : next.percent(), next == null ? null : Timestamp.from(next.at())});
        });
        jdbc.batchUpdate("insert into clock_threshold (clock_id, percent, round, reached_at, fired_at) values (?, ?, 1, ?, ?)",
                fired.stream().map(f -> new Object[] {f[0], f[1], f[2], f[2]}).toList());
        jdbc.execute("create unlogged table bench_armed (id bigint primary key, elapsed bigint, due timestamptz, percent int,"
                + " at timestamptz)");
        jdbc.batchUpdate("insert into bench_armed values (?, ?, ?, ?, ?)", armed);
        jdbc.update("""
                update clock c set elapsed_seconds = a.elapsed, due_at = a.due, next_threshold_percent = a.percent,
                    next_threshold_at = a.at, cause_kind = null
                from bench_armed a where a.id = c.id""");
        jdbc.execute("drop table bench_armed");
        return fired.size();
    }

    static String sqlInstant(Instant instant) {
        return "timestamptz '" + instant + "'";
    }

    static double timed(IntSupplier work) {
        long start = System.nanoTime();
        work.getAsInt();
        return millis(start);
    }

    static double millis(long since) {
        return (System.nanoTime() - since) / 1_000_000.0;
    }

    static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * p / 100.0) - 1];
    }
}
