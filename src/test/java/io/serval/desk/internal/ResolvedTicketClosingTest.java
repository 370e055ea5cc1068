package io.serval.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.calendar.CalendarService;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A resolution nobody answers closes after 3 working days on the customer's SLA calendar, not a second earlier. */
@ServalTest
class ResolvedTicketClosingTest {

    @LocalServerPort
    int port;

    @Autowired
    ResolvedTicketClosing closing;

    @Autowired
    CalendarService calendars;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long resolvedTicket(String subject) {
        Api customer = Api.as(port, "customer1");
        long id = customer.post("/api/tickets", """
                {"type":"INCIDENT","subject":"%s","description":"x","service":"DESKTOP","impact":"LOW","urgency":"LOW"}"""
                .formatted(subject)).json().get("id").asLong();
        Api agent = Api.as(port, "agent");
        agent.post("/api/tickets/" + id + "/transitions", "{\"to\":\"ASSIGNED\"}");
        assertThat(agent.post("/api/tickets/" + id + "/transitions", "{\"to\":\"RESOLVED\",\"comment\":\"fixed\"}").status())
                .isEqualTo(200);
        return id;
    }

    private String status(long id) {
        return Api.as(port, "agent").get("/api/tickets/" + id).json().get("status").asString();
    }

    @Test
    void anUnansweredResolutionClosesAtTheEndOfTheThirdWorkingDay() {
        long quiet = resolvedTicket("Quiet customer");
        long answered = resolvedTicket("Customer answers");
        assertThat(Api.as(port, "customer1").post("/api/tickets/" + answered + "/comments",
                "{\"text\":\"还是不行 / Still broken\",\"internal\":false}").status()).isEqualTo(201);
        JsonNode ticket = Api.as(port, "agent").get("/api/tickets/" + quiet).json();
        Instant due = calendars.calendar("cn-standard").endOfWorkingDaysAfter(Instant.parse(ticket.get("resolvedAt").asString()), 3);
        assertThat(Duration.between(Instant.parse(ticket.get("resolvedAt").asString()), due)).isGreaterThan(Duration.ofDays(3));

        clock.setTo(due.minusSeconds(1));
        closing.closeAccepted(); // (demo tickets resolved earlier may close now)
        assertThat(status(quiet)).isEqualTo("RESOLVED");

        clock.setTo(due);
        assertThat(closing.closeAccepted()).isPositive();
        assertThat(status(quiet)).isEqualTo("CLOSED");
        assertThat(status(answered)).as("the customer answered: the desk must look again").isEqualTo("RESOLVED");
        assertThat(closing.closeAccepted()).as("nothing twice").isZero();
    }
}
