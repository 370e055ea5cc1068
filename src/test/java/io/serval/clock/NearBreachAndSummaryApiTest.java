package io.serval.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The clocks' read API: the running clocks nearest their breach for the desk (those over their target first, then
 * by the instant their time runs out; filtered by group, customer, priority, metric and party; refused to
 * customers), and how an agreement's targets fared in a period (met and missed by when the clocks stopped, running
 * by when they started), for staff and for a customer's own SLA.
 */
@ServalTest
class NearBreachAndSummaryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Instant cst(String text) {
        return LocalDateTime.parse(text).atZone(TestClock.SHANGHAI).toInstant();
    }

    long raise(String customer, String service, String impact, String urgency, String subject) {
        Api.Response raised = Api.as(port, customer).post("/api/tickets", """
                {"type":"INCIDENT","subject":"%s","description":"x","service":"%s","impact":"%s","urgency":"%s"}"""
                .formatted(subject, service, impact, urgency));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return raised.json().get("id").asLong();
    }

    void move(long ticket, String to, String comment) {
        Api.Response moved = Api.as(port, "agent").post("/api/tickets/" + ticket + "/transitions",
                comment == null ? "{\"to\":\"" + to + "\"}" : "{\"to\":\"" + to + "\",\"comment\":\"" + comment + "\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    static List<JsonNode> list(JsonNode rows) {
        List<JsonNode> list = new ArrayList<>();
        rows.forEach(list::add);
        return list;
    }

    List<JsonNode> nearBreach(String query) {
        Api.Response answer = Api.as(port, "agent").get("/api/clocks/near-breach?size=500" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return list(answer.rows());
    }

    @Test
    void theRunningClocksComeByTimeLeftThoseOverTheirTargetFirstAndFilter() throws Exception {
        clock.freeze(cst("2026-11-23T09:00")); // a Monday
        long a = raise("customer1", "DESKTOP", "HIGH", "HIGH", "Alpha P1"); // P1: response 15 min, resolution 4 h
        clock.freeze(cst("2026-11-23T09:10"));
        long b = raise("customer1", "DESKTOP", "HIGH", "MEDIUM", "Beta P2");
        long c = raise("customer2", "POWER-REPAIR", "HIGH", "HIGH", "Gamma P1");
        clock.freeze(cst("2026-11-23T09:30")); // Alpha's response is 15 min over its 15 min

        List<JsonNode> all = nearBreach("");
        assertThat(all).extracting(r -> r.get("recordId").asLong()).contains(a, b, c);
        assertThat(nearBreach("&party=SLA").size()).isLessThanOrEqualTo(all.size());
        assertThat(all).allSatisfy(r -> assertThat(r.get("state").asString()).isEqualTo("RUNNING"));
        // the demo's history tickets still open run too: those over their target before Alpha come first
        List<JsonNode> ours = ours(all, a, b, c);
        JsonNode first = ours.get(0);
        assertThat(first.get("recordId").asLong()).isEqualTo(a);
        assertThat(first.get("metric").asString()).isEqualTo("RESPONSE");
        assertThat(first.get("breached").asBoolean()).isTrue();
        assertThat(first.get("secondsLeft").asLong()).isEqualTo(-15 * 60);
        for (int i = 1; i < all.size(); i++) {
            Instant before = Instant.parse(all.get(i - 1).get("due").asString());
            Instant after = Instant.parse(all.get(i).get("due").asString());
            assertThat(after).as("row %d is due no earlier than row %d", i, i - 1).isAfterOrEqualTo(before);
        }
        assertThat(ours.stream().filter(r -> r.get("breached").asBoolean()).count()).isEqualTo(1);
        assertThat(ours.get(1).get("secondsLeft").asLong()).isPositive();
        assertThat(all.subList(0, all.indexOf(first))).allSatisfy(r -> assertThat(r.get("breached").asBoolean()).isTrue());

        assertThat(nearBreach("&metric=RESPONSE")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("metric").asString()).isEqualTo("RESPONSE"));
        assertThat(nearBreach("&customer=CUST-B")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("customer").asString()).isEqualTo("CUST-B"));
        assertThat(ours(nearBreach("&customer=CUST-B"), a, b, c)).extracting(r -> r.get("recordId").asLong())
                .containsOnly(c);
        assertThat(nearBreach("&priority=P2")).allSatisfy(r -> assertThat(r.get("priority").asString()).isEqualTo("P2"));
        assertThat(ours(nearBreach("&priority=P2"), a, b, c)).extracting(r -> r.get("recordId").asLong()).containsOnly(b);
        assertThat(nearBreach("&party=SLA")).allSatisfy(r -> assertThat(r.get("partyKind").asString()).isEqualTo("SLA"));
        assertThat(ours(nearBreach("&party=SLA&customer=CUST-A&metric=RESOLUTION"), a, b, c))
                .extracting(r -> r.get("recordId").asLong())
                .containsExactly(a, b); // Alpha is due first: P1 4 h from 9:00, Beta P2 16 h from 9:10

        // taken by the desk: Gamma's response stops, its resolution clock sits with the desk's group
        move(c, "ASSIGNED", null);
        List<JsonNode> desk = nearBreach("&group=DESK");
        assertThat(desk).allSatisfy(r -> assertThat(r.get("group").asString()).isEqualTo("DESK"));
        assertThat(ours(desk, a, b, c)).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("recordId").asLong()).isEqualTo(c);
            assertThat(r.get("metric").asString()).isNotEqualTo("RESPONSE");
        });
        // pending the customer: Beta's resolution clock pauses and leaves the list
        move(b, "ASSIGNED", null);
        move(b, "PENDING_CUSTOMER", "哪台电脑？ Which computer?");
        assertThat(ours(nearBreach("&party=SLA"), a, b, c)).extracting(r -> r.get("recordId").asLong())
                .contains(a, c).doesNotContain(b);

        JsonNode onePerPage = Api.as(port, "agent").get("/api/clocks/near-breach?size=1&page=1").json();
        assertThat(onePerPage.get("content")).hasSize(1);
        assertThat(onePerPage.get("page").get("totalElements").asLong()).isEqualTo(nearBreach("").size());
        List<JsonNode> byNumber = nearBreach("&sort=number&dir=desc");
        assertThat(byNumber).extracting(r -> r.get("recordNumber").asString())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        for (String outsider : List.of("customer1", "provider1")) {
            assertThat(Api.as(port, outsider).get("/api/clocks/near-breach").status()).as(outsider).isEqualTo(403);
            assertThat(mvc.perform(get("/clocks/near-breach").with(user(users.loadUserByUsername(outsider))))
                    .andReturn().getResponse().getStatus()).as(outsider).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/clocks/near-breach").with(user(users.loadUserByUsername("engineer"))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theSummaryCountsTheClocksMetMissedAndRunningPerTargetInThePeriod() {
        // other tests of the class leave clocks running: what they add is read first and taken off
        String day = "/api/clocks/summary?agreement=SLA-CUST-A&from=2026-11-30&to=2026-11-30";
        String weekAfter = "/api/clocks/summary?agreement=SLA-CUST-A&from=2026-12-01&to=2026-12-07";
        String weekBefore = "/api/clocks/summary?agreement=SLA-CUST-A&from=2026-11-23&to=2026-11-29";
        Api slm = Api.as(port, "slm");
        Map<String, long[]> dayBefore = outcomes(slm.get(day));
        Map<String, long[]> weekAfterBefore = outcomes(slm.get(weekAfter));
        Map<String, long[]> weekBeforeBefore = outcomes(slm.get(weekBefore));
        String olaDay = "/api/clocks/summary?agreement=OLA-DESK&from=2026-11-30&to=2026-11-30";
        Map<String, long[]> olaBefore = outcomes(slm.get(olaDay));

        clock.freeze(cst("2026-11-30T09:00")); // a Monday
        long met = raise("customer1", "DESKTOP", "HIGH", "HIGH", "Met in time");
        long missed = raise("customer1", "DESKTOP", "HIGH", "HIGH", "Missed");
        long open = raise("customer1", "DESKTOP", "HIGH", "HIGH", "Still open");
        clock.freeze(cst("2026-11-30T09:05"));
        move(met, "IN_PROGRESS", null); // responded in 5 min of 15
        clock.freeze(cst("2026-11-30T09:20"));
        move(missed, "IN_PROGRESS", null); // responded after 20 min of 15
        clock.freeze(cst("2026-11-30T10:00"));
        move(met, "RESOLVED", "重启解决 / restarted"); // resolved in 1 h of 4
        clock.freeze(cst("2026-11-30T16:00")); // more than 4 business hours after 9:00
        move(missed, "RESOLVED", "换了主板 / new mainboard");
        clock.freeze(cst("2026-11-30T16:30"));

        assertThat(slaClock(missed, "RESOLUTION").get("state").asString()).isEqualTo("BREACHED");
        assertThat(slaClock(met, "RESOLUTION").get("state").asString()).isEqualTo("MET");
        assertThat(slaClock(open, "RESOLUTION").get("state").asString()).isEqualTo("RUNNING");

        Map<String, String> added = added(outcomes(slm.get(day)), dayBefore);
        assertThat(added).containsEntry("RESP-P1", "RESPONSE P1 met 1 missed 1 running 1")
                .containsEntry("RES-P1", "RESOLUTION P1 met 1 missed 1 running 1").hasSize(2);
        assertThat(Api.as(port, "customer1").get(day).json()).isEqualTo(slm.get(day).json());
        // the next week: nothing stopped in it; the open ticket's clocks run on
        assertThat(added(outcomes(Api.as(port, "agent").get(weekAfter)), weekAfterBefore))
                .containsEntry("RESP-P1", "RESPONSE P1 met 0 missed 0 running 1")
                .containsEntry("RES-P1", "RESOLUTION P1 met 0 missed 0 running 1").hasSize(2);
        // the week before: none of them had started
        assertThat(added(outcomes(Api.as(port, "agent").get(weekBefore)), weekBeforeBefore)).isEmpty();

        // an OLA: the clocks of that team, as the tickets' own clocks say
        Map<String, String> expected = new TreeMap<>();
        Map<String, long[]> counted = new TreeMap<>();
        for (long ticket : List.of(met, missed, open)) {
            for (JsonNode c : Api.as(port, "agent").get("/api/tickets/" + ticket + "/clocks").json()) {
                if (c.get("party").asString().equals("OLA-DESK") && !c.get("state").asString().equals("CANCELLED")) {
                    long[] counts = counted.computeIfAbsent(c.get("target").asString() + " " + c.get("metric").asString()
                            + " " + c.get("priority").asString(), t -> new long[3]);
                    counts[switch (c.get("state").asString()) {
                        case "MET" -> 0;
                        case "BREACHED" -> 1;
                        default -> 2;
                    }]++;
                }
            }
        }
        expected.putAll(added(counted, Map.of()));
        assertThat(expected).as("the desk's OLA measured these tickets").isNotEmpty();
        assertThat(added(outcomes(slm.get(olaDay)), olaBefore)).isEqualTo(expected);

        // who may read
        assertThat(Api.as(port, "customer1").get("/api/clocks/summary?agreement=OLA-DESK&from=2026-11-30&to=2026-11-30")
                .status()).isEqualTo(404);
        assertThat(Api.as(port, "customer2").get("/api/clocks/summary?agreement=SLA-CUST-A&from=2026-11-30&to=2026-11-30")
                .status()).isEqualTo(404);
        assertThat(Api.as(port, "provider1").get("/api/clocks/summary?agreement=SLA-CUST-A&from=2026-11-30&to=2026-11-30")
                .status()).isEqualTo(403);
        assertThat(Api.as(port, "agent").get("/api/clocks/summary?agreement=NOPE&from=2026-11-30&to=2026-11-30")
                .status()).isEqualTo(404);
    }

    @Test
    void aBadPeriodIsRefusedNamingTheField() {
        Api agent = Api.as(port, "agent");
        assertBadField(agent.get("/api/clocks/summary?agreement=SLA-CUST-A&from=2026-13-01&to=2026-12-31"), "from");
        assertBadField(agent.get("/api/clocks/summary?agreement=SLA-CUST-A&from=2026-12-01&to=yesterday"), "to");
        assertBadField(agent.get("/api/clocks/summary?agreement=SLA-CUST-A&from=2026-12-01"), "to");
        assertBadField(agent.get("/api/clocks/summary?from=2026-12-01&to=2026-12-31"), "agreement");
        Api.Response reversed = Api.as(port, "customer1").inLanguage("zh-CN")
                .get("/api/clocks/summary?agreement=SLA-CUST-A&from=2026-12-02&to=2026-12-01");
        assertBadField(reversed, "to");
        assertThat(reversed.json().get("errors").get(0).get("code").asString()).isEqualTo("clock.summary.toBeforeFrom");
        assertThat(reversed.json().get("errors").get(0).get("message").asString()).contains("早于", "2026-12-02");
    }

    static void assertBadField(Api.Response answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asString()).containsExactly(field);
    }

    /** The rows of this test's tickets (other tests of the class leave clocks running too). */
    static List<JsonNode> ours(List<JsonNode> rows, long... tickets) {
        List<Long> ids = java.util.Arrays.stream(tickets).boxed().toList();
        return rows.stream().filter(r -> ids.contains(r.get("recordId").asLong())).toList();
    }

    JsonNode slaClock(long ticket, String metric) {
        for (JsonNode c : Api.as(port, "agent").get("/api/tickets/" + ticket + "/clocks").json()) {
            if (c.get("metric").asString().equals(metric) && c.get("party").asString().equals("SLA")) {
                return c;
            }
        }
        throw new AssertionError("no SLA clock for " + metric + " on ticket " + ticket);
    }

    /** Target → metric, priority and the counts met, missed and running. */
    static Map<String, long[]> outcomes(Api.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Map<String, long[]> outcomes = new TreeMap<>();
        answer.json().forEach(o -> outcomes.put(o.get("target").asString() + " " + o.get("metric").asString() + " "
                + o.get("priority").asString(), new long[] {o.get("met").asLong(), o.get("missed").asLong(),
                o.get("running").asLong()}));
        return outcomes;
    }

    /** What the counts grew by since {@code before}: target → "METRIC PRIORITY met m missed n running r". */
    static Map<String, String> added(Map<String, long[]> after, Map<String, long[]> before) {
        Map<String, String> added = new TreeMap<>();
        after.forEach((key, counts) -> {
            long[] was = before.getOrDefault(key, new long[3]);
            long[] grew = {counts[0] - was[0], counts[1] - was[1], counts[2] - was[2]};
            if (grew[0] != 0 || grew[1] != 0 || grew[2] != 0) {
                String[] parts = key.split(" ");
                added.put(parts[0], "%s %s met %d missed %d running %d".formatted(parts[1], parts[2], grew[0], grew[1],
                        grew[2]));
            }
        });
        return added;
    }
}
