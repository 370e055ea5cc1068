package io.serval.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.agreement.EffectiveTargets;
import io.serval.agreement.MeasuredTarget;
import io.serval.agreement.Metric;
import io.serval.calendar.BusinessCalendar;
import io.serval.calendar.CalendarService;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A ticket's clocks through the API, as the desk moves it: started from the customer's SLA at raise, the response
 * clock stopped when the agent takes it, the resolution clock paused while pending the customer and re-targeted
 * (keeping the pause) when the priority changes, stopped at the resolution; the segments add up.
 */
@ServalTest
class TicketClocksTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    EffectiveTargets targets;

    @Autowired
    CalendarService calendars;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Instant cst(String text) {
        return LocalDateTime.parse(text).atZone(TestClock.SHANGHAI).toInstant();
    }

    JsonNode clockOf(Api api, long ticket, String metric) {
        for (JsonNode c : api.get("/api/tickets/" + ticket + "/clocks").json()) {
            if (c.get("metric").asString().equals(metric) && c.get("party").asString().equals("SLA")) {
                return c;
            }
        }
        throw new AssertionError("no SLA clock for " + metric + " on ticket " + ticket);
    }

    @Test
    void aTicketsClocksFollowItFromRaiseToResolution() {
        Instant raisedAt = cst("2026-11-20T16:30"); // a Friday
        clock.freeze(raisedAt);
        Api customer = Api.as(port, "customer1");
        Api agent = Api.as(port, "agent");
        JsonNode raised = customer.post("/api/tickets", """
                {"type":"INCIDENT","subject":"打印机不工作 Printer down","description":"x","service":"DESKTOP",
                 "impact":"HIGH","urgency":"HIGH"}""").json();
        long id = raised.get("id").asLong();
        String priority = raised.get("priority").asString();
        LocalDate day = LocalDate.of(2026, 11, 20);
        MeasuredTarget resolution = targets.measured("CUST-A", "DESKTOP", priority, Metric.RESOLUTION, day).orElseThrow();
        MeasuredTarget response = targets.measured("CUST-A", "DESKTOP", priority, Metric.RESPONSE, day).orElseThrow();
        BusinessCalendar calendar = calendars.calendar(resolution.calendar());

        JsonNode running = clockOf(customer, id, "RESOLUTION");
        assertThat(running.get("target").asString()).isEqualTo(resolution.target());
        assertThat(running.get("state").asString()).isEqualTo("RUNNING");
        assertThat(Instant.parse(running.get("due").asString())).isEqualTo(calendar.dueAt(raisedAt, resolution.limit()));
        assertThat(running.get("breached").asBoolean()).isFalse();
        assertThat(running.get("segments")).hasSize(1);
        assertThat(clockOf(customer, id, "RESPONSE").get("state").asString()).isEqualTo("RUNNING");

        Instant taken = raisedAt.plusSeconds(600);
        clock.freeze(taken);
        assertThat(agent.post("/api/tickets/" + id + "/transitions", "{\"to\":\"ASSIGNED\"}").status()).isEqualTo(200);
        JsonNode responded = clockOf(agent, id, "RESPONSE");
        assertThat(responded.get("state").asString()).isEqualTo("MET");
        assertThat(responded.get("elapsedSeconds").asLong())
                .isEqualTo(calendars.calendar(response.calendar()).businessDuration(raisedAt, taken).getSeconds());

        Instant asked = cst("2026-11-23T09:30");
        Instant answered = cst("2026-11-23T11:30");
        Instant dueBefore = Instant.parse(clockOf(agent, id, "RESOLUTION").get("due").asString());
        clock.freeze(asked);
        agent.post("/api/tickets/" + id + "/transitions", "{\"to\":\"PENDING_CUSTOMER\",\"comment\":\"哪台打印机？\"}");
        assertThat(clockOf(agent, id, "RESOLUTION").get("state").asString()).isEqualTo("PAUSED");

        // a priority change while pending keeps the pause and every second spent
        clock.freeze(asked.plusSeconds(1800));
        JsonNode changed = agent.patch("/api/tickets/" + id, "{\"impact\":\"MEDIUM\",\"urgency\":\"MEDIUM\"}").json();
        String lower = changed.get("priority").asString();
        assertThat(lower).isNotEqualTo(priority);
        MeasuredTarget lowerTarget = targets.measured("CUST-A", "DESKTOP", lower, Metric.RESOLUTION, day).orElseThrow();
        JsonNode retargeted = clockOf(agent, id, "RESOLUTION");
        assertThat(retargeted.get("state").asString()).isEqualTo("PAUSED");
        assertThat(retargeted.get("target").asString()).isEqualTo(lowerTarget.target());
        assertThat(retargeted.get("segments")).hasSize(2);
        assertThat(notes(retargeted)).contains("STARTED", "RETARGETED");

        clock.freeze(answered);
        agent.post("/api/tickets/" + id + "/transitions", "{\"to\":\"IN_PROGRESS\"}");
        JsonNode resumed = clockOf(agent, id, "RESOLUTION");
        assertThat(resumed.get("state").asString()).isEqualTo("RUNNING");
        assertThat(resumed.get("segments")).extracting(s -> s.get("state").asString())
                .containsExactly("RUNNING", "PAUSED", "RUNNING");
        long spent = calendar.businessDuration(raisedAt, asked).getSeconds();
        assertThat(resumed.get("segments").get(0).get("businessSeconds").asLong()).isEqualTo(spent);
        assertThat(resumed.get("segments").get(1).get("businessSeconds").asLong())
                .isEqualTo(calendar.businessDuration(asked, answered).getSeconds());
        assertThat(Instant.parse(resumed.get("due").asString()))
                .isEqualTo(calendar.dueAt(answered, lowerTarget.limit().minusSeconds(spent)));
        assertThat(dueBefore).isNotNull();

        clock.freeze(answered.plusSeconds(3600));
        agent.post("/api/tickets/" + id + "/transitions", "{\"to\":\"RESOLVED\",\"comment\":\"换了硒鼓 / new toner\"}");
        JsonNode resolved = clockOf(customer, id, "RESOLUTION");
        assertThat(resolved.get("state").asString()).isEqualTo("MET");
        assertThat(resolved.get("elapsedSeconds").asLong()).isEqualTo(spent + 3600);
        assertThat(resolved.get("stoppedAt").asString()).isEqualTo(answered.plusSeconds(3600).toString());
    }

    @Test
    void anotherCustomerCannotReadATicketsClocksAndCustomersSeeOnlyTheSla() {
        long id = Api.as(port, "customer1").post("/api/tickets", """
                {"type":"INCIDENT","subject":"Clock privacy","description":"x","service":"DESKTOP",
                 "impact":"LOW","urgency":"LOW"}""").json().get("id").asLong();
        assertThat(Api.as(port, "customer2").get("/api/tickets/" + id + "/clocks").status()).isEqualTo(404);
        assertThat(Api.as(port, "customer1").get("/api/tickets/" + id + "/clocks").json())
                .allSatisfy(c -> assertThat(c.get("party").asString()).isEqualTo("SLA"));
        assertThat(Api.as(port, "agent").get("/api/tickets/999999999/clocks").status()).isEqualTo(404);
    }

    static List<String> notes(JsonNode clock) {
        List<String> kinds = new ArrayList<>();
        clock.get("notes").forEach(n -> kinds.add(n.get("kind").asString()));
        return kinds;
    }
}
