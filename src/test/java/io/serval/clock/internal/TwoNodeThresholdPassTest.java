package io.serval.clock.internal;

import static io.serval.clock.internal.FiredRecords.cst;
import static org.assertj.core.api.Assertions.assertThat;

import io.serval.ServalApplication;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one PostgreSQL schema: this test's application context (node A) and a second one started beside it
 * (node B: same datasource, its own port, no Flyway, no demo tickets). Both fire thresholds at once, again and again,
 * two threads each; every threshold is fired exactly once — one row, one notice and one mail per recipient, one
 * event publication. The scheduled job holds the cluster lock "clock-threshold-pass": while node A's job runs, node
 * B's job does nothing.
 */
@ServalTest
class TwoNodeThresholdPassTest {

    static final Instant RAISED = cst("2026-11-23T09:00"); // a Monday

    static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int port;

    @Autowired
    TestClock clockA;

    @Autowired
    ThresholdPass passA;

    @Autowired
    ThresholdPassJob jobA;

    @Autowired
    ThresholdProbe probeA;

    @Autowired
    JdbcTemplate jdbc;

    TestClock clockB;
    ThresholdPass passB;
    ThresholdPassJob jobB;
    ThresholdProbe probeB;
    FiredRecords records;
    final ExecutorService threads = Executors.newFixedThreadPool(6);

    @BeforeAll
    static void startNodeB() {
        nodeB = new SpringApplicationBuilder(ServalApplication.class).profiles("test").run("--server.port=0",
                "--spring.flyway.enabled=false", "--serval.desk.demo-tickets=0", "--spring.application.name=serval-b");
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @BeforeEach
    void nodes() {
        clockB = nodeB.getBean(TestClock.class);
        passB = nodeB.getBean(ThresholdPass.class);
        jobB = nodeB.getBean(ThresholdPassJob.class);
        probeB = nodeB.getBean(ThresholdProbe.class);
        records = new FiredRecords(jdbc);
        FiredRecords.passSla(port);
        freeze(FiredRecords.FAR_FUTURE);
        passA.fireDue();
    }

    @AfterEach
    void reset() {
        probeA.reset();
        probeB.reset();
        clockA.reset();
        clockB.reset();
        threads.shutdownNow();
    }

    void freeze(Instant at) {
        clockA.freeze(at);
        clockB.freeze(at);
    }

    @Test
    void twoNodesFiringAtOnceFireEveryThresholdExactlyOnce() throws Exception {
        freeze(RAISED);
        // P1 (response 30 min and resolution 8 h), P2 (16 h) and P3 (45 h) under the test's SLA; every other one
        // taken by the agent at once (its response met), the rest left unassigned
        String[][] severities = {{"HIGH", "HIGH"}, {"HIGH", "MEDIUM"}, {"MEDIUM", "MEDIUM"}};
        List<FiredRecords.Ticket> tickets = new ArrayList<>();
        Map<String, Boolean> taken = new HashMap<>();
        List<Long> clocks = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String[] s = severities[i % 3];
            FiredRecords.Ticket t = FiredRecords.raise(port, "customer2", "DESKTOP", s[0], s[1], "双节点 Two nodes " + i,
                    "RESOLUTION");
            boolean take = i % 2 == 0;
            if (take) {
                FiredRecords.take(port, t.id());
            }
            tickets.add(t);
            taken.put(t.number(), take);
        }
        clocks.addAll(jdbc.queryForList("select id from clock where record_type = 'TICKET' and record_id in (%s)"
                .formatted(String.join(",", tickets.stream().map(t -> String.valueOf(t.id())).toList())), Long.class));
        assertThat(clocks).hasSizeGreaterThan(tickets.size()); // the P1s' response clocks besides

        // every 45 minutes of the working week, and the Monday after: each time both nodes fire, two threads each
        List<Instant> rounds = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            for (int minute = 45; minute <= 9 * 60; minute += 45) {
                rounds.add(RAISED.plusSeconds(day * 86_400L + minute * 60L));
            }
        }
        rounds.add(cst("2026-11-30T09:00:01"));
        rounds.add(cst("2026-11-30T12:00"));
        int firedByA = 0;
        int firedByB = 0;
        int contended = 0;
        for (Instant at : rounds) {
            freeze(at);
            int rowsBefore = records.thresholds(clocks).size();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> a = List.of(threads.submit(when(start, passA::fireDue)), threads.submit(when(start, passA::fireDue)));
            List<Future<Integer>> b = List.of(threads.submit(when(start, passB::fireDue)), threads.submit(when(start, passB::fireDue)));
            start.countDown();
            int byA = a.get(0).get(120, TimeUnit.SECONDS) + a.get(1).get(120, TimeUnit.SECONDS);
            int byB = b.get(0).get(120, TimeUnit.SECONDS) + b.get(1).get(120, TimeUnit.SECONDS);
            int rows = records.thresholds(clocks).size() - rowsBefore;
            assertThat(byA + byB).as("fired by both nodes at %s", at).isEqualTo(rows);
            assertThat(jdbc.queryForObject("select count(*) from clock where next_threshold_at <= ?", Long.class,
                    java.sql.Timestamp.from(at))).as("left due at %s", at).isZero();
            firedByA += byA;
            firedByB += byB;
            contended += byA > 0 && byB > 0 ? 1 : 0;
        }

        List<String> fired = records.thresholds(clocks);
        assertThat(fired).doesNotHaveDuplicates().hasSize(firedByA + firedByB);
        List<String> expectedNotices = new ArrayList<>();
        Map<Long, String[]> clockOf = new HashMap<>();
        jdbc.query("select c.id, c.record_number, c.metric from clock c where c.id in (%s)".formatted(
                String.join(",", clocks.stream().map(String::valueOf).toList())),
                rs -> {
                    clockOf.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        for (String f : fired) {
            String[] parts = f.split("/");
            String[] c = clockOf.get(Long.parseLong(parts[0]));
            expectedNotices.addAll(FiredRecords.corporateRules(c[0], c[1], Integer.parseInt(parts[1]), taken.get(c[0])));
        }
        // each clock's every threshold: the P3s and P2s reached all four, as did the P1s' resolution clocks and the
        // response clocks of the P1s nobody took
        assertThat(fired).hasSize(clocks.size() * 4 - 4 * 4); // the four taken P1s' response clocks stopped at once
        assertThat(records.notices(FiredRecords.numbers(tickets))).containsExactlyInAnyOrderElementsOf(expectedNotices);
        assertThat(records.mails(FiredRecords.numbers(tickets))).containsExactlyInAnyOrderElementsOf(expectedNotices);
        assertThat(records.publications(clocks)).containsExactlyInAnyOrderElementsOf(fired);
        assertThat(records.incompletePublications(clocks)).isEmpty();
        List<String> heard = new ArrayList<>();
        probeA.committed().forEach(e -> heard.add(e.clockId() + "/" + e.percent()));
        probeB.committed().forEach(e -> heard.add(e.clockId() + "/" + e.percent()));
        assertThat(heard).containsExactlyInAnyOrderElementsOf(fired);
        assertThat(firedByA).as("node A fired some").isPositive();
        assertThat(firedByB).as("node B fired some").isPositive();
        System.out.printf("two nodes: %d rounds, %d thresholds fired (A %d, B %d), %d rounds where both fired, %d notices%n",
                rounds.size(), fired.size(), firedByA, firedByB, contended, expectedNotices.size());
    }

    @Test
    void whileNodeAsJobHoldsTheClusterLockNodeBsJobFiresNothing() throws Exception {
        freeze(RAISED);
        List<FiredRecords.Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            FiredRecords.Ticket t = FiredRecords.raise(port, "customer2", "DESKTOP", "MEDIUM", "MEDIUM", "集群锁 Lock " + i,
                    "RESOLUTION");
            FiredRecords.take(port, t.id());
            tickets.add(t);
        }
        List<Long> clocks = FiredRecords.clocks(tickets);
        freeze(cst("2026-11-25T14:00")); // 50 % of each P3 clock reached

        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        probeA.inside(event -> {
            entered.countDown();
            try {
                release.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Future<?> jobOnA = threads.submit(() -> jobA.fireDue());
        assertThat(entered.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'clock-threshold-pass' and lock_until > now()",
                Long.class)).as("node A's job holds the lock").isEqualTo(1);

        // node B's job returns at once without firing (were it to run the pass, it would wait for node A's clock)
        threads.submit(() -> jobB.fireDue()).get(60, TimeUnit.SECONDS);
        assertThat(records.thresholds(clocks)).isEmpty();

        release.countDown();
        jobOnA.get(60, TimeUnit.SECONDS);
        assertThat(records.thresholds(clocks)).containsExactlyElementsOf(FiredRecords.each(clocks, List.of(50)));
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'clock-threshold-pass' and lock_until > now()",
                Long.class)).as("released when the job ended").isZero();

        // the lock free, node B's job fires what is due next
        freeze(cst("2026-11-30T12:00"));
        jobB.fireDue();
        assertThat(records.thresholds(clocks)).containsExactlyElementsOf(FiredRecords.each(clocks, List.of(50, 75, 90, 100)));
        assertThat(probeB.committed()).hasSize(clocks.size() * 3);
    }

    private static <T> java.util.concurrent.Callable<T> when(CountDownLatch start, Supplier<T> work) {
        return () -> {
            start.await();
            return work.get();
        };
    }
}
