package io.serval.agreement;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The effective-target lookup ({@link EffectiveTargets#find}) on PostgreSQL with 5,000 agreements in the read model:
 * a corporate SLA, 1,000 customer SLAs each with two service SLAs below it (every SLA's rows include what it
 * inherits), and 1,999 OLAs/UCs that underpin them. Each call asks for a random customer, service and priority.
 * The schema {@code bench_agreements} of the database {@code test} on 127.0.0.1:5432 is cleaned and migrated
 * first; at the end the plan of one lookup is printed (EXPLAIN ANALYZE), as quoted in docs/agreements.md.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -DskipTests}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class EffectiveTargetBenchmark {

    static final int CUSTOMERS = 1_000;
    static final int SERVICES = 50;
    static final int UNDERPINNING = 1_999;
    static final String[] PRIORITIES = {"P1", "P2", "P3", "P4"};
    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private DataSource dataSource;
    private EffectiveTargets targets;
    private final String[][] questions = new String[4096][];
    private int next;

    @Setup(Level.Trial)
    public void seed() throws SQLException {
        HikariDataSource pg = new HikariDataSource(); // pooled, as the application's connections are
        pg.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_agreements");
        pg.setUsername("postgres");
        dataSource = pg;
        Flyway flyway = Flyway.configure().dataSource(pg).schemas("bench_agreements").defaultSchema("bench_agreements")
                .cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        try (Connection c = pg.getConnection()) {
            c.setAutoCommit(false);
            new Seeder(c).seedAll();
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("analyze");
            }
        }
        targets = new EffectiveTargets(JdbcClient.create(pg));
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < questions.length; i++) {
            questions[i] = new String[] {customer(random.nextInt(CUSTOMERS)), service(random.nextInt(SERVICES)),
                    PRIORITIES[random.nextInt(PRIORITIES.length)]};
        }
        if (targets.find(customer(1), service(1), "P1", Metric.RESOLUTION, DAY).isEmpty()) {
            throw new IllegalStateException("the seeded data answers nothing");
        }
    }

    @Benchmark
    public EffectiveTarget lookup() {
        String[] q = questions[next++ & (questions.length - 1)];
        return targets.find(q[0], q[1], q[2], Metric.RESOLUTION, DAY).orElseThrow();
    }

    @TearDown(Level.Trial)
    public void explain() throws SQLException {
        try (HikariDataSource pool = (HikariDataSource) dataSource; Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            ResultSet count = s.executeQuery("select count(*) from agreement");
            count.next();
            System.out.println("\nAgreements: " + count.getLong(1));
            ResultSet plan = s.executeQuery("""
                    explain analyze
                    select t.defined_by, t.target_code from agreement_edition e
                    join agreement_target_term t on t.edition_id = e.id
                    where e.edition = 'IN_FORCE' and e.agreement_type = 'SLA'
                      and (e.party_code = 'C0421' or e.party_code is null)
                      and (e.valid_from is null or e.valid_from <= date '2026-11-24')
                      and (e.valid_to is null or e.valid_to >= date '2026-11-24')
                      and (e.all_services or exists (select 1 from agreement_edition_service s
                                                     where s.edition_id = e.id and s.service_code = 'S07'))
                      and t.metric = 'RESOLUTION' and t.category is null and (t.priority is null or t.priority = 'P2')
                    order by e.level_rank desc, case when e.party_code is null then 1 else 0 end,
                             case when e.all_services then 1 else 0 end, case when t.priority is null then 1 else 0 end,
                             e.published_at desc, e.agreement_code
                    fetch first 1 rows only""");
            while (plan.next()) {
                System.out.println(plan.getString(1));
            }
        }
    }

    static String customer(int n) {
        return "C%04d".formatted(n);
    }

    static String service(int n) {
        return "S%02d".formatted(n);
    }

    /** Writes agreements and their read-model rows directly: what the projection would write for them. */
    private static final class Seeder {

        private final Connection c;
        private final Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        private final List<String> requiredText = new ArrayList<>();

        Seeder(Connection c) throws SQLException {
            this.c = c;
            // text columns of agreement that must be filled (names, whatever a later migration adds): the code does
            try (ResultSet columns = c.getMetaData().getColumns(null, "bench_agreements", "agreement", null)) {
                while (columns.next()) {
                    String name = columns.getString("COLUMN_NAME");
                    if ("NO".equals(columns.getString("IS_NULLABLE")) && columns.getString("TYPE_NAME").startsWith("varchar")
                            && columns.getString("COLUMN_DEF") == null
                            && !List.of("code", "agreement_type", "status", "created_by", "updated_by").contains(name)) {
                        requiredText.add(name);
                    }
                }
            }
        }

        void seedAll() throws SQLException {
            long corporate = sla("CORP", 0, null, null, List.of());
            targets(corporate, "CORP", "CORP", false, "PT8H");
            for (int n = 0; n < CUSTOMERS; n++) {
                String customer = customer(n);
                long sla = sla("SLA-" + customer, 1, customer, "CORP", List.of());
                targets(sla, "SLA-" + customer, "SLA-" + customer, false, "PT4H");
                for (int k = 0; k < 2; k++) {
                    String code = "SLA-" + customer + "-" + k;
                    long child = sla(code, 2, customer, "SLA-" + customer, List.of(service((n + k * 7) % SERVICES)));
                    targets(child, code, code, false, "PT2H");
                    targets(child, code, "SLA-" + customer, true, "PT4H"); // inherited response targets
                }
            }
            for (int n = 0; n < UNDERPINNING; n++) {
                String code = (n % 2 == 0 ? "OLA-" : "UC-") + n;
                long edition = edition(agreement(code, n % 2 == 0 ? "OLA" : "UC", null), code, n % 2 == 0 ? "OLA" : "UC",
                        0, "P" + n, null, List.of());
                try (PreparedStatement u = c.prepareStatement(
                        "insert into agreement_underpinning (edition_id, target_code, sla_code, sla_target_code) values (?, ?, ?, ?)")) {
                    u.setLong(1, edition);
                    u.setString(2, "RES-P1");
                    u.setString(3, "SLA-" + customer(n % CUSTOMERS));
                    u.setString(4, "RES-P1");
                    u.executeUpdate();
                }
            }
        }

        private long sla(String code, int level, String customer, String parent, List<String> services) throws SQLException {
            return edition(agreement(code, "SLA", parent), code, "SLA", level, customer, parent, services);
        }

        private long agreement(String code, String type, String parent) throws SQLException {
            StringBuilder columns = new StringBuilder("code, agreement_type, parent_code, status, current_version_no, "
                    + "published_version_no, needs_revision, version, created_at, created_by, updated_at, updated_by");
            StringBuilder values = new StringBuilder("?, ?, ?, 'PUBLISHED', 1, 1, false, 0, ?, 'bench', ?, 'bench'");
            for (String text : requiredText) {
                columns.append(", ").append(text);
                values.append(", ?");
            }
            try (PreparedStatement a = c.prepareStatement("insert into agreement (" + columns + ") values (" + values + ")",
                    Statement.RETURN_GENERATED_KEYS)) {
                a.setString(1, code);
                a.setString(2, type);
                a.setString(3, parent);
                a.setTimestamp(4, now);
                a.setTimestamp(5, now);
                for (int i = 0; i < requiredText.size(); i++) {
                    a.setString(6 + i, code);
                }
                a.executeUpdate();
                ResultSet key = a.getGeneratedKeys();
                key.next();
                return key.getLong("id");
            }
        }

        private long edition(long agreementId, String code, String type, int level, String party, String parent,
                List<String> services) throws SQLException {
            long id;
            try (PreparedStatement e = c.prepareStatement("""
                    insert into agreement_edition (agreement_id, agreement_code, edition, version_no, agreement_type,
                        level_rank, party_code, parent_code, valid_from, valid_to, calendar_code, all_services, published_at)
                    values (?, ?, 'IN_FORCE', 1, ?, ?, ?, ?, date '2026-01-01', null, 'cn-standard', ?, ?)""",
                    Statement.RETURN_GENERATED_KEYS)) {
                e.setLong(1, agreementId);
                e.setString(2, code);
                e.setString(3, type);
                e.setInt(4, level);
                e.setString(5, party);
                e.setString(6, parent);
                e.setBoolean(7, services.isEmpty());
                e.setTimestamp(8, now);
                e.executeUpdate();
                ResultSet key = e.getGeneratedKeys();
                key.next();
                id = key.getLong("id");
            }
            for (String service : services) {
                try (PreparedStatement s = c.prepareStatement(
                        "insert into agreement_edition_service (edition_id, service_code) values (?, ?)")) {
                    s.setLong(1, id);
                    s.setString(2, service);
                    s.executeUpdate();
                }
            }
            return id;
        }

        /** Resolution targets for P1-P4 (or, when inherited, response targets), as rows of one edition. */
        private void targets(long edition, String code, String definedBy, boolean inherited, String p1) throws SQLException {
            try (PreparedStatement t = c.prepareStatement("""
                    insert into agreement_target_term (edition_id, target_code, metric, priority, duration_seconds,
                        calendar_code, warnings, defined_by, inherited) values (?, ?, ?, ?, ?, null, '50,75,90', ?, ?)""")) {
                for (int p = 0; p < PRIORITIES.length; p++) {
                    t.setLong(1, edition);
                    t.setString(2, (inherited ? "RESP-" : "RES-") + PRIORITIES[p]);
                    t.setString(3, inherited ? "RESPONSE" : "RESOLUTION");
                    t.setString(4, PRIORITIES[p]);
                    t.setLong(5, java.time.Duration.parse(p1).getSeconds() * (p + 1));
                    t.setString(6, definedBy);
                    t.setBoolean(7, inherited);
                    t.addBatch();
                }
                t.executeBatch();
            }
        }
    }
}
