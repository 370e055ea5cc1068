package io.serval.clock.internal;

import io.serval.support.Api;
import io.serval.support.TestClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * For the threshold pass tests: tickets raised and taken through the API with their SLA clocks, and what the pass left
 * in the database about them — live threshold firings, inbox notices, outbox mails and event publications — as plain
 * strings, repeats kept (a repeat is something fired or sent twice).
 */
final class FiredRecords {

    /** Far beyond every test's instants: a pass then fires whatever earlier tests and the demo left running. */
    static final Instant FAR_FUTURE = cst("2031-01-06T12:00");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    FiredRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A ticket raised through the API and the id of its SLA clock of {@code metric}. */
    record Ticket(long id, String number, String priority, long clock) {
    }

    static Instant cst(String text) {
        return LocalDateTime.parse(text).atZone(TestClock.SHANGHAI).toInstant();
    }

    /**
     * Customer B's DESKTOP tickets measured under an SLA of the test's own with the rules {@link #corporateRules}
     * reads (75 %: assignee and group lead; 100 %: duty and service level managers, for every metric) and no OLA or UC
     * underpinning it, so that the demo's per-team clocks and rules do not change what these tests count: response
     * P1 30 min, resolution P1 8 h, P2 16 h, P3 45 h on cn-standard.
     */
    static void passSla(int port) {
        Api slm = Api.as(port, "slm");
        if (slm.get("/api/agreements/SLA-B-PASS").status() != 404) {
            return;
        }
        Api.Response created = slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-B-PASS","nameZh":"客户乙桌面（阈值测试）","nameEn":"Customer B desktop (threshold tests)",
                 "customer":"CUST-B","services":["DESKTOP"],"calendar":"cn-standard","validFrom":"2026-01-01",
                 "targets":[{"code":"RESP-P1","metric":"RESPONSE","priority":"P1","duration":"PT30M"},
                            {"code":"RES-P1","metric":"RESOLUTION","priority":"P1","duration":"PT8H"},
                            {"code":"RES-P2","metric":"RESOLUTION","priority":"P2","duration":"PT16H"},
                            {"code":"RES-P3","metric":"RESOLUTION","priority":"P3","duration":"PT45H"}],
                 "escalations":[{"atPercent":75,"recipients":["ASSIGNEE","GROUP_LEAD"]},
                                {"atPercent":100,"recipients":["DUTY_MANAGER","SERVICE_LEVEL_MANAGER"]}]}""");
        if (created.status() != 201) {
            throw new AssertionError("test SLA not created: " + created);
        }
        for (String step : List.of("submit", "approve", "publish")) {
            Api.Response moved = slm.post("/api/agreements/SLA-B-PASS/" + step, "");
            if (moved.status() != 200) {
                throw new AssertionError("test SLA not " + step + ": " + moved);
            }
        }
    }

    /** Fires everything due by {@link #FAR_FUTURE} (nothing of it is looked at), so that only new clocks fire after. */
    static void drain(ThresholdPass pass, TestClock clock) {
        clock.freeze(FAR_FUTURE);
        pass.fireDue();
    }

    /** Raises a ticket on {@code service} as {@code customer}, now; its SLA clock of {@code metric}. */
    static Ticket raise(int port, String customer, String service, String impact, String urgency, String subject,
            String metric) {
        Api api = Api.as(port, customer);
        Api.Response raised = api.post("/api/tickets", """
                {"type":"INCIDENT","subject":"%s","description":"x","service":"%s","impact":"%s","urgency":"%s"}"""
                .formatted(subject, service, impact, urgency));
        if (raised.status() != 201 && raised.status() != 200) {
            throw new AssertionError("ticket not raised: " + raised);
        }
        JsonNode ticket = raised.json();
        long id = ticket.get("id").asLong();
        return new Ticket(id, ticket.get("number").asString(), ticket.get("priority").asString(),
                clock(Api.as(port, "agent"), id, metric, "SLA").get("id").asLong());
    }

    /** The agent takes the ticket (assignee agent, group DESK, whose lead is the duty manager), now. */
    static void take(int port, long ticket) {
        move(port, ticket, "{\"to\":\"ASSIGNED\"}");
    }

    static void move(int port, long ticket, String transition) {
        Api.Response moved = Api.as(port, "agent").post("/api/tickets/" + ticket + "/transitions", transition);
        if (moved.status() != 200) {
            throw new AssertionError("ticket " + ticket + " not moved by " + transition + ": " + moved);
        }
    }

    /** The ticket's clock of {@code metric} and {@code party} (SLA or an OLA/UC code) as the API shows it. */
    static JsonNode clock(Api api, long ticket, String metric, String party) {
        for (JsonNode c : api.get("/api/tickets/" + ticket + "/clocks").json()) {
            if (c.get("metric").asString().equals(metric) && c.get("party").asString().equals(party)) {
                return c;
            }
        }
        throw new AssertionError("no " + party + " clock for " + metric + " on ticket " + ticket);
    }

    /** "clock/percent" of each live threshold firing of {@code clocks}. */
    List<String> thresholds(Collection<Long> clocks) {
        return jdbc.query("select clock_id, percent from clock_threshold where withdrawn_at is null order by clock_id, percent",
                (rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).stream()
                .filter(e -> clocks.contains(e.getKey())).map(e -> e.getKey() + "/" + e.getValue()).toList();
    }

    /** "recipient kind number metric percent party" of each clock notice in the inbox about the tickets numbered. */
    List<String> notices(Collection<String> numbers) {
        return told("notification", numbers);
    }

    /** The same for the mails in the outbox. */
    List<String> mails(Collection<String> numbers) {
        return told("mail_outbox", numbers);
    }

    private List<String> told(String table, Collection<String> numbers) {
        List<String> told = new ArrayList<>();
        jdbc.query("select recipient, kind, arguments from " + table + " where kind like 'clock.%' order by id", rs -> {
            JsonNode args = JSON.readTree(rs.getString("arguments"));
            String number = args.path("number").path("value").asString();
            if (numbers.contains(number)) {
                told.add(String.join(" ", rs.getString("recipient"), rs.getString("kind"), number,
                        args.path("metric").path("key").asString(), args.path("percent").path("value").asString(),
                        args.path("party").path("value").asString()));
            }
        });
        return told;
    }

    /** "clock/percent" of each publication of a threshold of {@code clocks} in the event publication registry. */
    List<String> publications(Collection<Long> clocks) {
        return publications(clocks, false);
    }

    /** The same, only of publications whose listener has not completed. */
    List<String> incompletePublications(Collection<Long> clocks) {
        return publications(clocks, true);
    }

    private List<String> publications(Collection<Long> clocks, boolean onlyIncomplete) {
        List<String> published = new ArrayList<>();
        jdbc.query("""
                select serialized_event, completion_date from event_publication
                where event_type = 'io.serval.clock.ClockThresholdReached' order by publication_date""", rs -> {
            JsonNode event = JSON.readTree(rs.getString("serialized_event"));
            long clock = event.get("clockId").asLong();
            if (clocks.contains(clock) && (!onlyIncomplete || rs.getTimestamp("completion_date") == null)) {
                published.add(clock + "/" + event.get("percent").asInt());
            }
        });
        return published;
    }

    /** Each of {@code clocks} with each of {@code percents}, as {@link #thresholds} lists them. */
    static List<String> each(Collection<Long> clocks, List<Integer> percents) {
        List<String> all = new ArrayList<>();
        clocks.stream().sorted().forEach(c -> percents.forEach(p -> all.add(c + "/" + p)));
        return all;
    }

    /** The notices the demo CORP-SLA's rules give a threshold of a ticket the agent took (group DESK, lead duty). */
    static List<String> corporateRules(String number, String metric, int percent, boolean taken) {
        String about = " " + number + " clock.metric." + metric + " " + percent + " SLA";
        return switch (percent) {
            case 75 -> taken ? List.of("agent clock.warning" + about, "duty clock.warning" + about) : List.of();
            case 100 -> List.of("duty clock.breached" + about, "slm clock.breached" + about);
            default -> List.of();
        };
    }

    /** The clock's row as the pass would change it: version, next threshold and its instant, cause. */
    Map<String, Object> row(long clock) {
        return jdbc.queryForMap("""
                select version, state, next_threshold_percent, next_threshold_at, cause_kind, cause_party, updated_at
                from clock where id = ?""", clock);
    }

    /** Notes, breach shares and thresholds of the clock, withdrawn ones included: what a fired clock would add. */
    long traces(long clock) {
        return jdbc.queryForObject("""
                select (select count(*) from clock_threshold where clock_id = ?)
                     + (select count(*) from clock_breach_share where clock_id = ?)
                     + (select count(*) from clock_note where clock_id = ? and kind <> 'STARTED')""", Long.class,
                clock, clock, clock);
    }

    static Set<String> numbers(List<Ticket> tickets) {
        return Set.copyOf(tickets.stream().map(Ticket::number).toList());
    }

    static List<Long> clocks(List<Ticket> tickets) {
        return tickets.stream().map(Ticket::clock).sorted().toList();
    }
}
