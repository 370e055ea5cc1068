package io.serval.clock.internal;

import static io.serval.clock.internal.FiredRecords.cst;
import static org.assertj.core.api.Assertions.assertThat;

import io.serval.calendar.BusinessCalendar;
import io.serval.calendar.CalendarService;
import io.serval.clock.ClockView;
import io.serval.core.internal.EventRedeliveryJob;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Edits never lose history, on PostgreSQL, through the API: a holiday imported into a running clock's calendar moves
 * its due instant by exactly that day's business hours, withdraws a warning no longer reached (which fires again, in
 * a new round, once it is) and is noted on the clock, while a stopped clock keeps what it was measured as; a second
 * recomputation changes nothing; a ticket moved while its clock is recomputed keeps its move; an escalation rule at
 * 80 % fires though the target warns at 50/75/90 only; a longer target re-targets a running clock keeping every
 * second spent. The clocks run on a calendar of the test's own (Monday-Friday 09:00-18:00 Shanghai, no holidays) under
 * SLAs of its own (resolution P3 27 h: three working days), so nothing else moves them.
 */
@ServalTest
class ClockRecomputeTest {

    static final String CALENDAR = "rc-cal";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    ThresholdPass pass;

    @Autowired
    ClockRecompute recompute;

    @Autowired
    CalendarService calendars;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClockWords words;

    @Autowired
    EventRedeliveryJob redelivery;

    FiredRecords records;

    @BeforeEach
    void calendarAndAgreements() {
        records = new FiredRecords(jdbc);
        Api slm = Api.as(port, "slm");
        if (slm.get("/api/calendars/" + CALENDAR).status() == 404) {
            assertThat(slm.post("/api/calendars", """
                    {"code":"rc-cal","name":"Recompute test","zone":"Asia/Shanghai","periods":[
                     {"day":"MONDAY","start":"09:00","end":"18:00"},{"day":"TUESDAY","start":"09:00","end":"18:00"},
                     {"day":"WEDNESDAY","start":"09:00","end":"18:00"},{"day":"THURSDAY","start":"09:00","end":"18:00"},
                     {"day":"FRIDAY","start":"09:00","end":"18:00"}]}""").status()).isEqualTo(201);
            publish("SLA-B-RC", "DESKTOP", """
                    "escalations":[{"atPercent":80,"metric":"RESOLUTION","recipients":["GROUP_LEAD"]},
                                   {"atPercent":100,"recipients":["DUTY_MANAGER"]}]""");
            publish("SLA-B-RC-MAIL", "EMAIL", "\"escalations\":[]");
        }
        recompute.beforeWrite(null);
    }

    @AfterEach
    void reset() {
        recompute.beforeWrite(null);
        redelivery.redeliver(); // a recomputation a failed test left undone does not hold up the next test's
        clock.reset();
    }

    void publish(String code, String service, String escalations) {
        Api slm = Api.as(port, "slm");
        Api.Response created = slm.post("/api/agreements", """
                {"type":"SLA","code":"%s","nameZh":"客户乙（重算测试）","nameEn":"Customer B (recompute tests)",
                 "customer":"CUST-B","services":["%s"],"calendar":"rc-cal","validFrom":"2026-01-01",
                 "targets":[{"code":"RES-P3","metric":"RESOLUTION","priority":"P3","duration":"PT27H"}], %s}"""
                .formatted(code, service, escalations));
        assertThat(created.status()).as("created: %s", created).isEqualTo(201);
        putInForce(code);
    }

    void putInForce(String code) {
        Api slm = Api.as(port, "slm");
        slm.post("/api/agreements/" + code + "/submit", "");
        slm.post("/api/agreements/" + code + "/approve", "");
        Api.Response published = slm.post("/api/agreements/" + code + "/publish", "");
        assertThat(published.json().get("status").asString()).as("published: %s", published).isEqualTo("PUBLISHED");
    }

    /** A P3 incident on {@code service} raised by customer B now and taken by the agent; its resolution clock. */
    FiredRecords.Ticket raiseAndTake(String service, String subject, String agreement) {
        FiredRecords.Ticket ticket = FiredRecords.raise(port, "customer2", service, "MEDIUM", "MEDIUM", subject,
                "RESOLUTION");
        FiredRecords.take(port, ticket.id());
        assertThat(ticket.priority()).isEqualTo("P3");
        assertThat(resolution(ticket).get("agreement").asString()).isEqualTo(agreement);
        return ticket;
    }

    /** Fires what the ticket's resolution clock has reached by now (only it: the others are no concern here). */
    int fire(FiredRecords.Ticket ticket) {
        return pass.fire(List.of(ticket.clock()), clock.instant());
    }

    /** Resolves the ticket, so that its clock, stopped, stays out of the other tests' recomputations. */
    void resolve(FiredRecords.Ticket ticket) {
        FiredRecords.move(port, ticket.id(), "{\"to\":\"RESOLVED\",\"comment\":\"已解决 Solved\"}");
    }

    JsonNode resolution(FiredRecords.Ticket ticket) {
        return FiredRecords.clock(Api.as(port, "agent"), ticket.id(), "RESOLUTION", "SLA");
    }

    void importHoliday(String date) {
        Api slm = Api.as(port, "slm");
        long version = slm.get("/api/calendars/" + CALENDAR).json().get("version").asLong();
        assertThat(slm.post("/api/calendars/" + CALENDAR + "/holidays?version=" + version, "text/csv",
                date + ",HOLIDAY,测试假日,Test holiday,\n").status()).isEqualTo(200);
    }

    /** Waits until every recomputation after a calendar or agreement change has run (they run after the commit). */
    void recomputed() {
        waitFor(() -> jdbc.queryForObject("""
                select count(*) from event_publication where completion_date is null and event_type in
                ('io.serval.calendar.CalendarChanged', 'io.serval.agreement.AgreementPublished',
                 'io.serval.agreement.AgreementTerminated')""", Long.class) == 0);
    }

    static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within 20 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The due instant on record (the views measure a running clock as they read it). */
    Instant storedDue(FiredRecords.Ticket ticket) {
        return jdbc.queryForObject("select due_at from clock where id = ?", java.sql.Timestamp.class, ticket.clock())
                .toInstant();
    }

    List<String> notes(long clockId) {
        return jdbc.queryForList("select kind from clock_note where clock_id = ? order by noted_at, id", String.class,
                clockId);
    }

    /** The clock's note of {@code kind} as its timeline shows it in {@code locale}. */
    String timeline(long clockId, String kind, Locale locale) {
        String args = jdbc.queryForObject("select args from clock_note where clock_id = ? and kind = ?", String.class,
                clockId, kind);
        LocaleContextHolder.setLocale(locale);
        try {
            return words.note(new ClockView.Note(clock.instant(), kind, ClockViews.args(args)));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** "percent/round/live|withdrawn" of every firing of the clock, withdrawn ones included. */
    List<String> firings(long clockId) {
        return jdbc.query("select percent, round, withdrawn_at from clock_threshold where clock_id = ? order by percent, round",
                (rs, n) -> rs.getInt(1) + "/" + rs.getInt(2) + "/" + (rs.getTimestamp(3) == null ? "live" : "withdrawn"),
                clockId);
    }

    static long sumOfRunning(JsonNode c) {
        long sum = 0;
        for (JsonNode s : c.get("segments")) {
            if (s.get("state").asString().equals("RUNNING")) {
                sum += s.get("businessSeconds").asLong();
            }
        }
        return sum;
    }

    @Test
    void aHolidayImportedIntoARunningClocksWindowMovesItsDueByThatDayWithdrawsWhatIsNoLongerReachedAndSparesStoppedClocks() {
        clock.freeze(cst("2026-11-23T09:00")); // a Monday
        FiredRecords.Ticket running = raiseAndTake("DESKTOP", "重算 Recompute running", "SLA-B-RC");
        FiredRecords.Ticket stopped = raiseAndTake("DESKTOP", "重算 Recompute stopped", "SLA-B-RC");
        clock.freeze(cst("2026-11-24T11:00"));
        FiredRecords.move(port, stopped.id(), "{\"to\":\"RESOLVED\",\"comment\":\"已修好 Fixed\"}");
        clock.freeze(cst("2026-11-24T14:00"));
        assertThat(fire(running)).as("50 % of 27 h, reached Tuesday 13:30").isEqualTo(1);
        JsonNode before = resolution(running);
        assertThat(Instant.parse(before.get("due").asString())).isEqualTo(cst("2026-11-25T18:00"));
        assertThat(before.get("elapsedSeconds").asLong()).isEqualTo(14 * 3600);
        JsonNode stoppedBefore = resolution(stopped);
        assertThat(stoppedBefore.get("state").asString()).isEqualTo("MET");
        assertThat(stoppedBefore.get("elapsedSeconds").asLong()).isEqualTo(11 * 3600);
        BusinessCalendar old = calendars.calendar(CALENDAR);

        importHoliday("2026-11-24"); // today, Tuesday: the 5 h spent today and the day's 9 h no longer count
        recomputed();

        JsonNode after = resolution(running);
        Instant due = Instant.parse(after.get("due").asString());
        assertThat(due).as("a day's business hours later").isEqualTo(old.dueAt(cst("2026-11-25T18:00"), Duration.ofHours(9)))
                .isEqualTo(cst("2026-11-26T18:00"));
        assertThat(after.get("elapsedSeconds").asLong()).isEqualTo(9 * 3600);
        assertThat(sumOfRunning(after)).isEqualTo(9 * 3600);
        assertThat(after.get("fired").toString()).isEqualTo("[]");
        assertThat(Instant.parse(after.get("nextThresholdAt").asString())).as("50 %% now on Wednesday")
                .isEqualTo(cst("2026-11-25T13:30"));
        assertThat(firings(running.clock())).containsExactly("50/1/withdrawn");
        assertThat(notes(running.clock())).containsSubsequence("CALENDAR_CHANGED", "WITHDRAWN");
        assertThat(jdbc.queryForObject("select args from clock_note where clock_id = ? and kind = 'CALENDAR_CHANGED'",
                String.class, running.clock())).isEqualTo(String.join("\u001f", CALENDAR,
                cst("2026-11-25T18:00").toString(), cst("2026-11-26T18:00").toString()));
        assertThat(timeline(running.clock(), "CALENDAR_CHANGED", Locale.ENGLISH)).isEqualTo("Calendar rc-cal changed: "
                + "measured again from the segments, due 2026-11-26 18:00 (was 2026-11-25 18:00); every second already "
                + "spent is kept");
        assertThat(timeline(running.clock(), "CALENDAR_CHANGED", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("日历 rc-cal 已变更：按各时段重新计算，到期 2026-11-26 18:00（原为 2026-11-25 18:00），已用时间全部保留");

        JsonNode stoppedAfter = resolution(stopped);
        assertThat(stoppedAfter.get("elapsedSeconds").asLong()).as("measured under the calendar it ran on")
                .isEqualTo(11 * 3600);
        assertThat(sumOfRunning(stoppedAfter)).isEqualTo(11 * 3600);
        assertThat(stoppedAfter.get("due")).isEqualTo(stoppedBefore.get("due"));
        assertThat(notes(stopped.clock())).doesNotContain("CALENDAR_CHANGED");

        long version = jdbc.queryForObject("select version from clock where id = ?", Long.class, running.clock());
        long notes = jdbc.queryForObject("select count(*) from clock_note", Long.class);
        long firings = jdbc.queryForObject("select count(*) from clock_threshold", Long.class);
        assertThat(recompute.afterCalendarChange(CALENDAR)).as("a second run finds nothing to change").isZero();
        assertThat(jdbc.queryForObject("select count(*) from clock_note", Long.class)).isEqualTo(notes);
        assertThat(jdbc.queryForObject("select count(*) from clock_threshold", Long.class)).isEqualTo(firings);
        assertThat(jdbc.queryForObject("select version from clock where id = ?", Long.class, running.clock()))
                .isEqualTo(version);

        clock.freeze(cst("2026-11-25T14:00"));
        assertThat(fire(running)).isEqualTo(1);
        assertThat(firings(running.clock())).as("fired again, in a new round").containsExactly("50/1/withdrawn", "50/2/live");
        resolve(running);
    }

    @Test
    void aRecomputationThatDiesInTheMiddleIsDeliveredAgainAndDoneOnce() {
        clock.freeze(cst("2027-01-11T09:00")); // a Monday, in a week no other test uses
        FiredRecords.Ticket ticket = raiseAndTake("DESKTOP", "重算 Recompute dies", "SLA-B-RC");
        clock.freeze(cst("2027-01-12T10:00"));
        Instant stored = storedDue(ticket);
        AtomicBoolean died = new AtomicBoolean();
        recompute.beforeWrite(ids -> {
            died.set(true);
            throw new IllegalStateException("the node dies before it writes");
        });

        importHoliday("2027-01-13");
        waitFor(died::get);
        waitFor(() -> jdbc.queryForObject("""
                select count(*) from event_publication where completion_date is null
                and event_type = 'io.serval.calendar.CalendarChanged' and status = 'FAILED'""", Long.class) == 1);
        assertThat(storedDue(ticket)).as("nothing written").isEqualTo(stored);

        recompute.beforeWrite(null);
        clock.freeze(cst("2027-01-12T10:01")); // redelivered once it is older than serval.events.redeliver-after (none)
        redelivery.redeliver();
        recomputed();
        assertThat(storedDue(ticket)).as("a day off more").isEqualTo(calendars.calendar(CALENDAR)
                .dueAt(cst("2027-01-12T10:00"), Duration.ofSeconds(27 * 3600 - 10 * 3600))).isNotEqualTo(stored);
        assertThat(notes(ticket.clock()).stream().filter("CALENDAR_CHANGED"::equals)).hasSize(1);
        redelivery.redeliver();
        assertThat(notes(ticket.clock()).stream().filter("CALENDAR_CHANGED"::equals)).as("done once").hasSize(1);
        resolve(ticket);
    }

    @Test
    void aTicketMovedWhileItsClockIsRecomputedKeepsItsMove() {
        clock.freeze(cst("2026-12-07T09:00")); // a Monday
        FiredRecords.Ticket ticket = raiseAndTake("DESKTOP", "重算 Recompute moved", "SLA-B-RC");
        clock.freeze(cst("2026-12-08T10:00"));
        long version = jdbc.queryForObject("select version from clock where id = ?", Long.class, ticket.clock());
        AtomicBoolean moved = new AtomicBoolean();
        recompute.beforeWrite(ids -> {
            if (ids.contains(ticket.clock()) && moved.compareAndSet(false, true)) {
                FiredRecords.move(port, ticket.id(), "{\"to\":\"PENDING_CUSTOMER\",\"comment\":\"哪一台？ Which one?\"}");
            }
        });

        importHoliday("2026-12-09"); // Wednesday, inside the clock's window: it would be due a day later
        recomputed();

        assertThat(moved).isTrue();
        JsonNode c = resolution(ticket);
        assertThat(c.get("state").asString()).isEqualTo("PAUSED");
        assertThat(c.get("segments")).hasSize(2);
        assertThat(c.get("due").isNull()).as("paused: moves with the pause").isTrue();
        assertThat(c.get("elapsedSeconds").asLong()).isEqualTo(10 * 3600);
        assertThat(jdbc.queryForMap("select version, due_at, next_threshold_at from clock where id = ?", ticket.clock()))
                .as("the move's write stands").containsEntry("version", version + 1).containsEntry("due_at", null)
                .containsEntry("next_threshold_at", null);
        resolve(ticket);
    }

    @Test
    void anEscalationRuleAt80PercentFiresThoughTheTargetWarnsAt50And75And90Only() {
        clock.freeze(cst("2026-12-14T09:00")); // a Monday
        FiredRecords.Ticket ticket = raiseAndTake("DESKTOP", "重算 Recompute 80", "SLA-B-RC");
        assertThat(resolution(ticket).get("thresholds").toString()).isEqualTo("[50,75,80,90,100]");

        clock.freeze(cst("2026-12-16T13:00")); // 22 h of 27: past 80 % (21 h 36 min, Wednesday 12:36), short of 90
        assertThat(fire(ticket)).isEqualTo(3);
        assertThat(records.thresholds(List.of(ticket.clock()))).containsExactly(ticket.clock() + "/50",
                ticket.clock() + "/75", ticket.clock() + "/80");
        assertThat(records.notices(List.of(ticket.number()))).as("the rule's group lead: the lead of DESK")
                .containsExactly("duty clock.warning " + ticket.number() + " clock.metric.RESOLUTION 80 SLA");
        resolve(ticket);
    }

    @Test
    void aLongerTargetReTargetsARunningClockKeepingEverySecondSpent() {
        clock.freeze(cst("2026-12-21T09:00")); // a Monday
        FiredRecords.Ticket ticket = raiseAndTake("EMAIL", "重算 Recompute target", "SLA-B-RC-MAIL");
        clock.freeze(cst("2026-12-22T14:00"));
        assertThat(fire(ticket)).as("50 % of 27 h").isEqualTo(1);
        JsonNode before = resolution(ticket);

        Api slm = Api.as(port, "slm");
        assertThat(slm.put("/api/agreements/SLA-B-RC-MAIL/targets/RES-P3",
                slm.versioned("/api/agreements/SLA-B-RC-MAIL", "{\"duration\":\"PT45H\"}")).status()).isEqualTo(200);
        putInForce("SLA-B-RC-MAIL");
        recomputed();

        JsonNode after = resolution(ticket);
        assertThat(after.get("limit").asString()).isEqualTo("PT45H");
        assertThat(after.get("elapsedSeconds").asLong()).isEqualTo(before.get("elapsedSeconds").asLong())
                .isEqualTo(14 * 3600);
        assertThat(after.get("segments")).isEqualTo(before.get("segments"));
        assertThat(Instant.parse(after.get("due").asString())).isEqualTo(cst("2026-12-25T18:00"));
        assertThat(firings(ticket.clock())).as("50 %% of 45 h is not reached yet").containsExactly("50/1/withdrawn");
        assertThat(notes(ticket.clock())).containsSubsequence("TERMS_CHANGED", "WITHDRAWN");
        assertThat(timeline(ticket.clock(), "TERMS_CHANGED", Locale.ENGLISH)).isEqualTo("Terms changed: "
                + "SLA-B-RC-MAIL/RES-P3 (27 h) is now SLA-B-RC-MAIL/RES-P3 (45 h); every second already spent is kept");
        assertThat(recompute.afterAgreementChange("SLA-B-RC-MAIL")).as("a second run finds nothing to change").isZero();
        assertThat(notes(ticket.clock()).stream().filter("TERMS_CHANGED"::equals)).hasSize(1);
        resolve(ticket);
    }
}
