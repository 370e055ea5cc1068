package io.serval.clock.internal;

import static io.serval.clock.internal.FiredRecords.cst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The threshold pass fires each threshold exactly once on PostgreSQL, whatever happens in the middle: a pass that
 * dies in the middle of a batch leaves the clocks it committed fired once (one threshold row, one notice and one mail
 * per recipient, one event publication) and the rest untouched, and the next pass fires the rest once; a clock whose
 * database connection is killed is rolled back whole while the others fire; a ticket moved while the pass holds its
 * clock waits for it. The tickets are Customer B's on DESKTOP under the demo corporate SLA: priority P3, 45 business
 * hours, warnings at 50/75/90 %, rules 75 % → assignee and group lead, 100 % → duty and service level managers.
 */
@ServalTest
class ThresholdPassTest {

    /** A Monday; the P3 target (45 h on cn-standard) is used up on Friday at 18:00. */
    static final Instant RAISED = cst("2026-11-23T09:00");
    /** Every threshold of those clocks reached: the breach came at 09:00:01 this Monday. */
    static final Instant ALL_REACHED = cst("2026-11-30T12:00");
    static final List<Integer> ALL = List.of(50, 75, 90, 100);

    /** The pass's process dying (an Error: nothing in the pass catches it). */
    static final class Crash extends Error {
        Crash() {
            super("the process died here");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    ThresholdPass pass;

    @Autowired
    ThresholdProbe probe;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ClockStore store;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ThresholdEscalations escalations;

    @Autowired
    ApplicationEventPublisher events;

    FiredRecords records;

    final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void fireWhatOthersLeft() {
        records = new FiredRecords(jdbc);
        FiredRecords.passSla(port);
        FiredRecords.drain(pass, clock);
    }

    @AfterEach
    void reset() {
        probe.reset();
        clock.reset();
        threads.shutdownNow();
    }

    /** {@code n} tickets raised at {@link #RAISED} and taken by the agent at once, each with its P3 resolution clock. */
    List<FiredRecords.Ticket> raiseTaken(int n, String subject) {
        clock.freeze(RAISED);
        List<FiredRecords.Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FiredRecords.Ticket t = FiredRecords.raise(port, "customer2", "DESKTOP", "MEDIUM", "MEDIUM",
                    subject + " " + i, "RESOLUTION");
            assertThat(t.priority()).isEqualTo("P3");
            FiredRecords.take(port, t.id());
            tickets.add(t);
        }
        return tickets;
    }

    /** The notices (or mails) the corporate rules give every threshold of {@code tickets}. */
    static List<String> expectedNotices(List<FiredRecords.Ticket> tickets) {
        List<String> expected = new ArrayList<>();
        for (FiredRecords.Ticket t : tickets) {
            for (int percent : ALL) {
                expected.addAll(FiredRecords.corporateRules(t.number(), "RESOLUTION", percent, true));
            }
        }
        return expected;
    }

    @Test
    void aPassThatDiesInTheMiddleOfABatchLosesNothingAndTheNextPassSendsNothingTwice() {
        List<FiredRecords.Ticket> tickets = raiseTaken(30, "崩溃测试 Crash test");
        List<Long> clocks = FiredRecords.clocks(tickets);
        clock.freeze(ALL_REACHED);
        Map<Long, Map<String, Object>> before = new java.util.HashMap<>();
        clocks.forEach(c -> before.put(c, records.row(c)));

        // a pass that fires ten clocks per transaction dies in its second transaction, after it recorded the
        // thresholds and breach causes of clocks 11-20, put their notices in the inbox and the outbox and published
        // their events, before the commit
        ThresholdPass tenAtATime = new ThresholdPass(store, escalations, events, transactions, clock,
                new ClockProperties(Duration.ofMinutes(1), 10, "cn-standard"));
        AtomicInteger transactionsWritten = new AtomicInteger();
        List<List<Long>> dyingIn = new ArrayList<>();
        tenAtATime.beforeCommit(clockIds -> {
            if (transactionsWritten.incrementAndGet() == 2) {
                dyingIn.add(clockIds);
                throw new Crash();
            }
        });
        assertThatThrownBy(tenAtATime::fireDue).isInstanceOf(Crash.class);

        // clocks of one instant go in id order: the ten lowest committed, the next ten crashed, the rest untouched
        List<Long> committed = clocks.subList(0, 10);
        assertThat(dyingIn).containsExactly(clocks.subList(10, 20));
        List<Long> notCommitted = clocks.subList(10, 30);
        List<FiredRecords.Ticket> done = tickets.stream().filter(t -> committed.contains(t.clock())).toList();

        assertThat(records.thresholds(clocks)).containsExactlyElementsOf(FiredRecords.each(committed, ALL));
        assertThat(probe.committed()).extracting(e -> e.clockId() + "/" + e.percent())
                .containsExactlyInAnyOrderElementsOf(FiredRecords.each(committed, ALL));
        assertThat(records.publications(clocks)).containsExactlyInAnyOrderElementsOf(FiredRecords.each(committed, ALL));
        assertThat(records.incompletePublications(clocks)).isEmpty();
        assertThat(records.notices(FiredRecords.numbers(tickets))).containsExactlyInAnyOrderElementsOf(expectedNotices(done));
        assertThat(records.mails(FiredRecords.numbers(tickets))).containsExactlyInAnyOrderElementsOf(expectedNotices(done));
        assertThat(expectedNotices(done)).hasSize(40);
        for (long untouched : notCommitted) {
            assertThat(records.row(untouched)).as("clock %d as before the pass", untouched).isEqualTo(before.get(untouched));
            assertThat(records.traces(untouched)).as("nothing of clock %d kept", untouched).isZero();
        }

        // the next pass fires the rest, each once; then nothing is left to fire
        probe.reset();
        assertThat(pass.fireDue()).isEqualTo(20 * ALL.size());
        assertThat(pass.fireDue()).isZero();
        assertThat(records.thresholds(clocks)).containsExactlyElementsOf(FiredRecords.each(clocks, ALL));
        assertThat(probe.committed()).extracting(e -> e.clockId() + "/" + e.percent())
                .containsExactlyInAnyOrderElementsOf(FiredRecords.each(notCommitted, ALL));
        assertThat(records.publications(clocks)).containsExactlyInAnyOrderElementsOf(FiredRecords.each(clocks, ALL));
        assertThat(records.incompletePublications(clocks)).isEmpty();
        assertThat(records.notices(FiredRecords.numbers(tickets))).hasSize(120)
                .containsExactlyInAnyOrderElementsOf(expectedNotices(tickets));
        assertThat(records.mails(FiredRecords.numbers(tickets))).containsExactlyInAnyOrderElementsOf(expectedNotices(tickets));
        assertThat(jdbc.queryForObject("select count(*) from clock_threshold where clock_id in (%s) and round <> 1"
                .formatted(join(clocks)), Long.class)).isZero();
        for (long c : clocks) {
            assertThat(records.row(c).get("cause_kind")).as("breach cause of clock %d", c).isEqualTo("INTERNAL");
        }
    }

    @Test
    void aClockWhoseConnectionIsKilledIsRolledBackWholeWhileTheOthersFireAndTheNextPassFiresIt() {
        List<FiredRecords.Ticket> tickets = raiseTaken(6, "断线测试 Connection test");
        List<Long> clocks = FiredRecords.clocks(tickets);
        long victim = clocks.get(2);
        clock.freeze(ALL_REACHED);
        Map<String, Object> before = records.row(victim);

        // the victim's session is killed whenever it fires in this pass: in the batch of six (which rolls back
        // whole), then again when the pass fires the six one by one
        AtomicInteger killed = new AtomicInteger();
        probe.inside(event -> {
            if (event.clockId() == victim && event.percent() == 75) {
                killed.incrementAndGet();
                killOwnConnection();
            }
        });
        assertThat(pass.fireDue()).as("the other five clocks fire in the same pass").isEqualTo(5 * ALL.size());
        assertThat(killed).hasValue(2);

        List<Long> others = clocks.stream().filter(c -> c != victim).toList();
        List<FiredRecords.Ticket> fired = tickets.stream().filter(t -> t.clock() != victim).toList();
        assertThat(records.thresholds(clocks)).containsExactlyElementsOf(FiredRecords.each(others, ALL));
        assertThat(records.row(victim)).isEqualTo(before);
        assertThat(records.traces(victim)).isZero();
        assertThat(records.notices(FiredRecords.numbers(tickets))).containsExactlyInAnyOrderElementsOf(expectedNotices(fired));
        assertThat(records.mails(FiredRecords.numbers(tickets))).containsExactlyInAnyOrderElementsOf(expectedNotices(fired));
        assertThat(records.publications(clocks)).containsExactlyInAnyOrderElementsOf(FiredRecords.each(others, ALL));

        probe.reset();
        assertThat(pass.fireDue()).isEqualTo(ALL.size());
        assertThat(records.thresholds(clocks)).containsExactlyElementsOf(FiredRecords.each(clocks, ALL));
        assertThat(records.notices(FiredRecords.numbers(tickets))).containsExactlyInAnyOrderElementsOf(expectedNotices(tickets));
        assertThat(records.mails(FiredRecords.numbers(tickets))).containsExactlyInAnyOrderElementsOf(expectedNotices(tickets));
        assertThat(records.publications(clocks)).containsExactlyInAnyOrderElementsOf(FiredRecords.each(clocks, ALL));
        assertThat(records.incompletePublications(clocks)).isEmpty();
    }

    /** Kills, from another connection, the database session of the transaction this thread is in, and waits for it. */
    private void killOwnConnection() {
        int pid = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement();
                ResultSet killed = statement.executeQuery("select pg_terminate_backend(" + pid + ", 30000)")) {
            killed.next();
            assertThat(killed.getBoolean(1)).isTrue();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTicketMovedWhileThePassHoldsItsClockWaitsForThePassAndKeepsWhatItFired() throws Exception {
        FiredRecords.Ticket ticket = raiseTaken(1, "并发测试 Concurrent move").get(0);
        clock.freeze(cst("2026-11-25T14:00")); // 50 % of 45 h: Wednesday 13:30
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger passSession = new AtomicInteger();
        probe.inside(event -> {
            passSession.set(jdbc.queryForObject("select pg_backend_pid()", Integer.class));
            entered.countDown();
            await(release);
        });
        Future<Integer> passing = threads.submit(pass::fireDue);
        assertThat(entered.await(60, TimeUnit.SECONDS)).isTrue();

        Future<Api.Response> moving = threads.submit(() -> Api.as(port, "agent").post(
                "/api/tickets/" + ticket.id() + "/transitions", "{\"to\":\"PENDING_CUSTOMER\",\"comment\":\"哪台电脑？ Which PC?\"}"));
        awaitBlockedBy(passSession.get());
        release.countDown();

        assertThat(passing.get(60, TimeUnit.SECONDS)).isEqualTo(1);
        Api.Response moved = moving.get(60, TimeUnit.SECONDS);
        assertThat(moved.status()).as("the move waited for the pass instead of failing: %s", moved).isEqualTo(200);
        JsonNode paused = FiredRecords.clock(Api.as(port, "agent"), ticket.id(), "RESOLUTION", "SLA");
        assertThat(paused.get("state").asString()).isEqualTo("PAUSED");
        assertThat(paused.get("fired")).extracting(JsonNode::asInt).containsExactly(50);
        assertThat(records.thresholds(List.of(ticket.clock()))).containsExactly(ticket.clock() + "/50");
        assertThat(pass.fireDue()).isZero();
    }

    /** Waits (polling) until some database session waits for a lock that session {@code pid} holds. */
    private void awaitBlockedBy(int pid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jdbc.queryForObject("select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))",
                Long.class, pid) == 0) {
            assertThat(System.nanoTime()).as("the move never waited for the pass").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTargetUsedUpAtTheEndOfAWorkingDayIsNotBreachedOvernight() {
        FiredRecords.Ticket ticket = raiseTaken(1, "下班测试 End of day").get(0);
        clock.freeze(cst("2026-11-27T18:00:01")); // Friday: the 45 h were used up at 18:00
        assertThat(pass.fireDue()).isEqualTo(3);
        JsonNode evening = FiredRecords.clock(Api.as(port, "agent"), ticket.id(), "RESOLUTION", "SLA");
        assertThat(evening.get("breached").asBoolean()).isFalse();
        assertThat(evening.get("nextThresholdPercent").asInt()).isEqualTo(100);
        assertThat(Instant.parse(evening.get("nextThresholdAt").asString())).isEqualTo(cst("2026-11-30T09:00:01"));

        clock.freeze(cst("2026-11-30T08:50")); // resolved on Monday before the desk opens: the target is met
        assertThat(pass.fireDue()).isZero();
        FiredRecords.move(port, ticket.id(), "{\"to\":\"RESOLVED\",\"comment\":\"已更换 Replaced\"}");
        JsonNode resolved = FiredRecords.clock(Api.as(port, "agent"), ticket.id(), "RESOLUTION", "SLA");
        assertThat(resolved.get("state").asString()).isEqualTo("MET");
        assertThat(records.thresholds(List.of(ticket.clock()))).containsExactly(
                ticket.clock() + "/50", ticket.clock() + "/75", ticket.clock() + "/90");
        assertThat(records.notices(List.of(ticket.number()))).noneMatch(n -> n.contains("clock.breached"));
    }

    @Test
    void theDatabaseRefusesASecondLiveFiringOfAThresholdButNotANewRoundAfterAWithdrawal() {
        FiredRecords.Ticket ticket = raiseTaken(1, "唯一测试 Unique firing").get(0);
        Instant now = cst("2026-11-25T14:00");
        transactions.executeWithoutResult(s -> store.fired(ticket.clock(), 50, now, now));
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> store.fired(ticket.clock(), 50, now, now)))
                .isInstanceOf(DuplicateKeyException.class);
        transactions.executeWithoutResult(s -> store.withdrawn(ticket.clock(), List.of(50), now));
        transactions.executeWithoutResult(s -> store.fired(ticket.clock(), 50, now, now));
        assertThat(jdbc.queryForList("""
                select round || case when withdrawn_at is null then ' live' else ' withdrawn' end
                from clock_threshold where clock_id = ? order by round""", String.class, ticket.clock()))
                .containsExactly("1 withdrawn", "2 live");
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
