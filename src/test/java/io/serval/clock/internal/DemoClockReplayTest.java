package io.serval.clock.internal;

import static io.serval.clock.internal.FiredRecords.cst;
import static org.assertj.core.api.Assertions.assertThat;

import io.serval.desk.TicketHistoryLoaded;
import io.serval.desk.TicketMeasured;
import io.serval.support.Api;
import io.serval.support.CleanDatabase;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's history tickets get the clocks their histories give: the desk tells the clocks each ticket's steps
 * ({@link TicketHistoryLoaded}) and the keeper replays them, each at its own instant. Replayed clocks are exactly the
 * clocks live observation of the same steps gives (with a threshold pass at each threshold's instant); the thresholds
 * the history passed are on record but nobody is told; those still ahead fire, and tell, when they come.
 */
@ServalTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoClockReplayTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    ThresholdPass pass;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** Clock notices in the inbox, clock mails in the outbox, clock events published. */
    List<Long> told() {
        return List.of(count("select count(*) from notification where kind like 'clock.%'"),
                count("select count(*) from mail_outbox where kind like 'clock.%'"),
                count("select count(*) from event_publication where event_type like 'io.serval.clock.%'"));
    }

    @Test
    @Order(1)
    void theDemoHistoryHasItsClocksAndThresholdsOnRecordWithoutTellingAnyone() {
        Instant seeded = clock.instant();
        clock.freeze(seeded);
        CleanDatabase.reseed(context); // the demo's 40 tickets (test profile), their clocks replayed as of now

        assertThat(count("select count(*) from ticket")).isEqualTo(40);
        long clocks = count("select count(*) from clock where record_type = 'TICKET'");
        assertThat(clocks).isPositive();
        assertThat(count("select count(*) from clock where state = 'MET'")).isPositive();
        assertThat(count("select count(*) from clock where state = 'BREACHED'")).isPositive();
        assertThat(count("select count(*) from clock where party_kind = 'OLA'")).isPositive();
        // the thresholds the history passed are on record, reached (and fired) before now
        assertThat(count("select count(*) from clock_threshold")).isPositive();
        assertThat(count("select count(*) from clock_threshold where reached_at > ? or fired_at <> reached_at",
                Timestamp.from(seeded))).isZero();
        // every clock the history took over its target says why
        assertThat(count("""
                select count(*) from clock c where party_kind = 'SLA' and cause_kind is null
                  and (state = 'BREACHED' or exists (select 1 from clock_threshold t
                                                     where t.clock_id = c.id and t.percent = 100))""")).isZero();
        // ... but nobody was told of a year of history, and nothing is due: the first pass fires nothing
        assertThat(told()).containsExactly(0L, 0L, 0L);
        assertThat(count("select count(*) from clock where next_threshold_at <= ?", Timestamp.from(seeded))).isZero();
        assertThat(pass.fireDue()).isZero();
        assertThat(told()).containsExactly(0L, 0L, 0L);
    }

    @Test
    @Order(2)
    void theSummaryCountsTheDemosMetAndMissedClocks() {
        LocalDate today = LocalDate.now(clock);
        Api slm = Api.as(port, "slm");
        long measured = 0;
        for (String agreement : List.of("CORP-SLA", "SLA-CUST-A", "SLA-CUST-B", "OLA-DESK", "OLA-NETWORK", "UC-PROV-1")) {
            Map<String, String> expected = new TreeMap<>();
            jdbc.query("""
                    select target_code, metric, priority, sum(case when state = 'MET' then 1 else 0 end) met,
                        sum(case when state = 'BREACHED' then 1 else 0 end) missed
                    from clock where agreement_code = ? and state in ('MET', 'BREACHED')
                    group by target_code, metric, priority""", rs -> {
                expected.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3),
                        "met " + rs.getLong(4) + " missed " + rs.getLong(5));
            }, agreement);
            Map<String, String> summary = new TreeMap<>();
            Api.Response answer = slm.get("/api/clocks/summary?agreement=" + agreement + "&from=" + today.minusYears(1)
                    + "&to=" + today);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            for (JsonNode o : answer.json()) {
                if (o.get("met").asLong() + o.get("missed").asLong() > 0) {
                    summary.put(o.get("target").asString() + " " + o.get("metric").asString() + " "
                            + o.get("priority").asString(), "met " + o.get("met").asLong() + " missed "
                            + o.get("missed").asLong());
                }
            }
            assertThat(summary).as(agreement).isEqualTo(expected);
            measured += expected.size();
        }
        assertThat(measured).as("targets the demo measured").isPositive();
    }

    /** Fires, one threshold instant after the other, what the ticket's clocks reach by {@code until}: an ideal pass. */
    void passUntil(long ticket, Instant until) {
        for (int i = 0; i < 100; i++) {
            Timestamp next = jdbc.queryForObject("""
                    select min(next_threshold_at) from clock
                    where record_type = 'TICKET' and record_id = ? and next_threshold_at <= ?""", Timestamp.class,
                    ticket, Timestamp.from(until));
            if (next == null) {
                clock.freeze(until);
                return;
            }
            clock.freeze(next.toInstant());
            pass.fireDue();
        }
        throw new AssertionError("the pass does not get on");
    }

    void at(long ticket, String when, String transition) {
        passUntil(ticket, cst(when));
        FiredRecords.move(port, ticket, transition);
    }

    /** The ticket's clocks as the API shows them (ids left out) and what the database keeps besides. */
    List<String> clocksOf(long ticket) {
        List<String> seen = new ArrayList<>();
        for (JsonNode c : Api.as(port, "agent").get("/api/tickets/" + ticket + "/clocks").json()) {
            seen.add(((ObjectNode) c).without("id").toString());
        }
        seen.sort(Comparator.naturalOrder());
        seen.addAll(jdbc.queryForList("""
                select c.metric || ' ' || c.party || ' ' || t.percent || ' ' || t.round || ' ' || t.reached_at || ' '
                    || t.fired_at || ' ' || coalesce(cast(t.withdrawn_at as varchar), '-')
                from clock_threshold t join clock c on c.id = t.clock_id
                where c.record_type = 'TICKET' and c.record_id = ? order by 1""", String.class, ticket));
        seen.addAll(jdbc.queryForList("""
                select c.metric || ' ' || c.party || ' ' || s.party || ' ' || s.business_seconds
                from clock_breach_share s join clock c on c.id = s.clock_id
                where c.record_type = 'TICKET' and c.record_id = ? order by 1""", String.class, ticket));
        return seen;
    }

    @Test
    @Order(3)
    void replayedClocksAreExactlyWhatLiveObservationOfTheSameStepsGives() {
        FiredRecords.drain(pass, clock);
        List<TicketMeasured> measured = new CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof TicketMeasured m) {
                measured.add(m);
            }
        };
        context.addApplicationListener(listener);
        long closed;
        long open;
        try {
            // Customer A's P1 on DESKTOP (SLA-CUST-A: response 15 min, resolution 4 h): taken late by the desk, passed
            // to the network team, waiting for Provider 1 (UC-PROV-1) past the SLA's breach, on hold for the
            // customer, resolved, reopened, resolved again, closed
            clock.freeze(cst("2026-11-16T09:00")); // a Monday
            closed = FiredRecords.raise(port, "customer1", "DESKTOP", "HIGH", "HIGH", "回放 Replayed P1", "RESOLUTION").id();
            at(closed, "2026-11-16T09:20", "{\"to\":\"ASSIGNED\"}");
            at(closed, "2026-11-16T10:00",
                    "{\"to\":\"ASSIGNED\",\"assignee\":\"engineer\",\"group\":\"NETWORK\",\"comment\":\"网络 Network\"}");
            at(closed, "2026-11-16T11:00", "{\"to\":\"PENDING_SUPPLIER\",\"supplier\":\"PROV-1\",\"comment\":\"备件 Part\"}");
            at(closed, "2026-11-16T14:30", "{\"to\":\"IN_PROGRESS\"}");
            at(closed, "2026-11-17T10:00", "{\"to\":\"PENDING_CUSTOMER\",\"comment\":\"哪台？ Which one?\"}");
            at(closed, "2026-11-17T14:00", "{\"to\":\"IN_PROGRESS\"}");
            at(closed, "2026-11-17T16:00", "{\"to\":\"RESOLVED\",\"comment\":\"换件 Replaced\"}");
            at(closed, "2026-11-18T10:00", "{\"to\":\"IN_PROGRESS\",\"comment\":\"又坏了 Broken again\"}");
            at(closed, "2026-11-18T12:00", "{\"to\":\"RESOLVED\",\"comment\":\"好了 Fixed\"}");
            at(closed, "2026-11-19T10:00", "{\"to\":\"CLOSED\"}");
            // Customer B's ticket, raised and taken the day the history ends: its thresholds are still ahead
            passUntil(closed, cst("2026-11-20T09:00"));
            open = FiredRecords.raise(port, "customer2", "DESKTOP", "MEDIUM", "MEDIUM", "仍在处理 Still open", "RESOLUTION").id();
            at(open, "2026-11-20T09:30", "{\"to\":\"ASSIGNED\"}");
        } finally {
            context.removeApplicationListener(listener);
        }
        Instant end = cst("2026-11-20T12:00");
        passUntil(closed, end);
        passUntil(open, end);
        List<String> liveClosed = clocksOf(closed);
        List<String> liveOpen = clocksOf(open);
        // breached while Provider 1 held it; by the resolution, the network team (24x7) had spent the most
        assertThat(liveClosed).anySatisfy(c -> assertThat(c).contains("\"args\":[\"SUPPLIER\",\"UC-PROV-1\"]")
                        .contains("\"causeKind\":\"INTERNAL\",\"causeParty\":\"OLA-NETWORK\""))
                .anySatisfy(c -> assertThat(c).contains("\"party\":\"OLA-NETWORK\""))
                .anySatisfy(c -> assertThat(c).contains("\"state\":\"BREACHED\""));
        assertThat(liveOpen).anySatisfy(c -> assertThat(c).contains("\"state\":\"RUNNING\""));
        List<Long> toldLive = told();
        assertThat(toldLive.get(0)).as("the live pass told of the closed ticket's thresholds").isPositive();

        // the same steps, told as history: the clocks replayed from nothing are the ones live observation kept
        jdbc.update("delete from clock where record_type = 'TICKET' and record_id in (?, ?)", closed, open);
        List<TicketMeasured> steps = measured.stream().filter(m -> m.ticketId() == closed || m.ticketId() == open).toList();
        assertThat(steps).hasSizeGreaterThan(10);
        transactions.executeWithoutResult(tx -> context.publishEvent(new TicketHistoryLoaded(steps)));

        assertThat(clocksOf(closed)).isEqualTo(liveClosed);
        assertThat(clocksOf(open)).isEqualTo(liveOpen);
        assertThat(told()).as("nobody is told of history").isEqualTo(toldLive);
        assertThat(pass.fireDue()).isZero();
        clock.freeze(end.plus(Duration.ofDays(30)));
        assertThat(pass.fireDue()).isPositive();
        assertThat(told().get(0)).as("what was ahead fires and tells").isGreaterThan(toldLive.get(0));
    }
}
