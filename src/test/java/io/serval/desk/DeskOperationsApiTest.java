package io.serval.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Contacts, support groups, escalations, major incidents and the duty manager's view through the API. */
@ServalTest
class DeskOperationsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long raise(Api as, String service, String impact, String urgency, String more) {
        Api.Response raised = as.post("/api/tickets", """
                {"type":"INCIDENT","subject":"邮件收不到 / No mail arrives","description":"整个部门 / The whole department",
                 "service":"%s","impact":"%s","urgency":"%s"%s}""".formatted(service, impact, urgency, more));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().get("id").asLong();
    }

    private static String call(String customer, String raise) {
        return """
                {"channel":"PHONE","customer":"%s","summary":"来电：打印机卡纸 / Called: printer jams"%s}"""
                .formatted(customer, raise == null ? "" : ",\"raise\":" + raise);
    }

    @Test
    void anAgentLogsACallAndOpensATicketFromItInOneTransaction() {
        Api agent = Api.as(port, "agent");
        Api.Response logged = agent.post("/api/contacts", call("customer1", """
                {"type":"INCIDENT","subject":"三楼打印机卡纸","description":"Paper jam","service":"DESKTOP","impact":"LOW","urgency":"LOW"}"""));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        JsonNode contact = logged.json();
        assertThat(contact.get("channel").asString()).isEqualTo("PHONE");
        assertThat(contact.get("organisation").asString()).isEqualTo("CUST-A");
        assertThat(contact.get("subjectType").asString()).isEqualTo("TICKET");
        assertThat(contact.get("at").asString()).isNotBlank();
        long ticket = contact.get("subjectId").asLong();
        assertThat(contact.get("subjectNumber").asString()).startsWith("INC-");
        assertThat(agent.get("/api/tickets/" + ticket).json().get("customer").asString()).isEqualTo("customer1");
        assertThat(agent.get("/api/contacts?ticket=" + ticket).json().get("totalElements").asLong()).isEqualTo(1);

        long before = agent.get("/api/contacts").json().get("totalElements").asLong();
        long ticketsBefore = agent.get("/api/tickets").json().get("totalElements").asLong();
        Api.Response badTicket = agent.post("/api/contacts", call("customer1", """
                {"type":"INCIDENT","subject":"x","description":"y","service":"NOPE","impact":"LOW","urgency":"LOW"}"""));
        assertThat(badTicket.status()).isEqualTo(400);
        assertThat(badTicket.body()).contains("raise.service");
        assertThat(agent.get("/api/contacts").json().get("totalElements").asLong()).as("no contact without its ticket")
                .isEqualTo(before);
        assertThat(agent.get("/api/tickets").json().get("totalElements").asLong()).isEqualTo(ticketsBefore);
    }

    @Test
    void aContactNeedsItsChannelSummaryAndSomeoneToReach() {
        Api agent = Api.as(port, "agent");
        Api.Response bad = agent.post("/api/contacts", "{\"channel\":\"FAX\",\"summary\":\"x\"}");
        assertThat(bad.status()).isEqualTo(400);
        Api.Response nobody = agent.post("/api/contacts", "{\"channel\":\"EMAIL\",\"summary\":\"\"}");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.contentType()).startsWith("application/problem+json");
        assertThat(nobody.body()).contains("\"summary\"");
        Api.Response noReach = agent.post("/api/contacts", "{\"channel\":\"WALK_IN\",\"summary\":\"came by\",\"name\":\"张三\"}");
        assertThat(noReach.status()).isEqualTo(400);
        assertThat(noReach.body()).contains("\"phone\"").contains("\"organisation\"");
        Api.Response guest = agent.post("/api/contacts", """
                {"channel":"WALK_IN","summary":"问路 / asked the way","name":"张三","phone":"13800000000","organisation":"CUST-B",
                 "at":"2026-03-02T01:00:00Z"}""");
        assertThat(guest.status()).as(guest.body()).isEqualTo(201);
        assertThat(guest.json().get("at").asString()).isEqualTo("2026-03-02T01:00:00Z");
        Api.Response ticketWithoutCustomer = agent.post("/api/contacts", """
                {"channel":"PHONE","summary":"s","name":"李四","email":"li@example.com","organisation":"CUST-B",
                 "raise":{"type":"ENQUIRY","subject":"s","description":"d","service":"DESKTOP","impact":"LOW","urgency":"LOW"}}""");
        assertThat(ticketWithoutCustomer.status()).isEqualTo(400);
        assertThat(ticketWithoutCustomer.body()).contains("\"customer\"");
        assertThat(Api.as(port, "customer1").post("/api/contacts", call("customer1", null)).status()).isEqualTo(403);
    }

    @Test
    void customersSeeOnlyTheirOrganisationsContacts() {
        Api agent = Api.as(port, "agent");
        long id = agent.post("/api/contacts", call("customer1", null)).json().get("id").asLong();
        assertThat(Api.as(port, "customer1").get("/api/contacts/" + id).status()).isEqualTo(200);
        assertThat(Api.as(port, "customer2").get("/api/contacts/" + id).status()).isEqualTo(404);
        assertThat(Api.as(port, "customer2").get("/api/contacts?organisation=CUST-A").body()).doesNotContain("printer jams");
        assertThat(Api.as(port, "provider1").get("/api/contacts/" + id).status()).isEqualTo(404);
        assertThat(Api.as(port, "customer1").get("/api/contacts").json().get("totalElements").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void supportGroupsComeInThreeTiers() {
        JsonNode groups = Api.as(port, "agent").get("/api/support-groups").json();
        assertThat(groups.values()).extracting(g -> g.get("code").asString() + ":" + g.get("tier").asInt())
                .containsExactly("DESK:1", "NETWORK:2", "APP-SUPPORT:3");
        assertThat(Api.as(port, "customer1").get("/api/support-groups").status()).isEqualTo(403);
    }

    @Test
    void functionalEscalationReassignsAndHierarchicalEscalationGoesOnTheRecord() {
        long id = raise(Api.as(port, "customer1"), "DESKTOP", "MEDIUM", "MEDIUM", "");
        Api agent = Api.as(port, "agent");
        Api.Response functional = agent.post("/api/tickets/" + id + "/escalations",
                "{\"kind\":\"FUNCTIONAL\",\"group\":\"APP-SUPPORT\",\"reason\":\"应用故障 / application fault\"}");
        assertThat(functional.status()).as(functional.body()).isEqualTo(201);
        JsonNode ticket = agent.get("/api/tickets/" + id).json();
        assertThat(ticket.get("assignmentGroup").asString()).isEqualTo("APP-SUPPORT");
        assertThat(ticket.get("status").asString()).isEqualTo("ASSIGNED");

        assertThat(agent.post("/api/tickets/" + id + "/escalations",
                "{\"kind\":\"HIERARCHICAL\",\"to\":\"DUTY_MANAGER\",\"reason\":\"客户投诉 / customer complains\"}").status()).isEqualTo(201);
        JsonNode record = agent.get("/api/tickets/" + id + "/escalations").json();
        assertThat(record.values()).extracting(e -> e.get("kind").asString() + ">" + e.get("to").asString())
                .containsExactly("FUNCTIONAL>APP-SUPPORT", "HIERARCHICAL>DUTY_MANAGER");
        assertThat(record.get(0).get("actor").asString()).isEqualTo("agent");

        Api.Response noReason = agent.post("/api/tickets/" + id + "/escalations", "{\"kind\":\"HIERARCHICAL\",\"to\":\"DUTY_MANAGER\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"reason\"");
        Api.Response noGroup = agent.post("/api/tickets/" + id + "/escalations", "{\"kind\":\"FUNCTIONAL\",\"group\":\"CUST-A\",\"reason\":\"r\"}");
        assertThat(noGroup.status()).isEqualTo(400);
        assertThat(noGroup.body()).contains("\"group\"");
        assertThat(agent.post("/api/tickets/" + id + "/escalations", "{\"kind\":\"HIERARCHICAL\",\"reason\":\"r\"}").body())
                .contains("\"to\"");
        assertThat(Api.as(port, "customer2").post("/api/tickets/" + id + "/escalations",
                "{\"kind\":\"HIERARCHICAL\",\"to\":\"DUTY_MANAGER\",\"reason\":\"r\"}").status()).isEqualTo(403);
        assertThat(agent.post("/api/tickets/999999999/escalations",
                "{\"kind\":\"HIERARCHICAL\",\"to\":\"DUTY_MANAGER\",\"reason\":\"r\"}").status()).isEqualTo(404);
    }

    @Test
    void aP1OnACriticalServiceIsAMajorIncidentAndTheDutyManagerSeesIt() {
        long major = raise(Api.as(port, "customer1"), "EMAIL", "HIGH", "HIGH", "");
        long ordinary = raise(Api.as(port, "customer1"), "DESKTOP", "HIGH", "HIGH", "");
        Api agent = Api.as(port, "agent");
        assertThat(agent.get("/api/tickets/" + major).json().get("major").asBoolean()).isTrue();
        assertThat(agent.get("/api/tickets/" + ordinary).json().get("major").asBoolean()).isFalse();

        JsonNode incident = agent.get("/api/tickets/" + major + "/major").json();
        assertThat(incident.get("automatic").asBoolean()).isTrue();
        LocalDate due = LocalDate.parse(incident.get("reviewDue").asString());
        assertThat(due).isAfter(LocalDate.now(clock).plusDays(4));
        assertThat(incident.get("affectedCustomers").get(0).get("organisation").asString()).isEqualTo("CUST-A");
        assertThat(incident.get("timeline").get(0).get("kind").asString()).isEqualTo("STATUS");
        assertThat(agent.get("/api/tickets/" + ordinary + "/major").status()).isEqualTo(404);

        Api.Response declared = agent.post("/api/tickets/" + ordinary + "/major", "{\"reason\":\"整栋楼断网 / whole building offline\"}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        assertThat(declared.json().get("major").asBoolean()).isTrue();
        assertThat(agent.post("/api/tickets/" + ordinary + "/major", "{\"reason\":\"again\"}").status()).isEqualTo(422);
        assertThat(agent.post("/api/tickets/" + ordinary + "/major", "{\"reason\":\"\"}").body()).contains("\"reason\"");
        assertThat(Api.as(port, "customer1").get("/api/tickets/" + major + "/major").status()).isEqualTo(403);

        JsonNode duty = Api.as(port, "duty").get("/api/desk/duty").json();
        assertThat(duty.get("majorIncidents").values()).extracting(t -> t.get("id").asLong()).contains(major, ordinary);
        assertThat(Api.as(port, "agent").get("/api/desk/duty").status()).isEqualTo(403);
    }

    @Test
    void aNewTicketNobodyTookInFifteenMinutesIsUnaccepted() {
        long id = raise(Api.as(port, "customer2"), "DESKTOP", "LOW", "LOW", "");
        Api duty = Api.as(port, "duty");
        assertThat(duty.get("/api/desk/duty").json().get("unaccepted").values()).extracting(t -> t.get("id").asLong())
                .doesNotContain(id);
        clock.setTo(clock.instant().plus(Duration.ofMinutes(16)));
        assertThat(duty.get("/api/desk/duty").json().get("unaccepted").values()).extracting(t -> t.get("id").asLong())
                .contains(id);

        Api agent = Api.as(port, "agent");
        assertThat(agent.post("/api/tickets/" + id + "/transitions", "{\"to\":\"REJECTED\",\"comment\":\"不归我们管 / not ours\"}")
                .status()).isEqualTo(200);
        JsonNode view = duty.get("/api/desk/duty").json();
        assertThat(view.get("unaccepted").values()).extracting(t -> t.get("id").asLong()).doesNotContain(id);
        assertThat(view.get("rejected").values()).extracting(t -> t.get("id").asLong()).contains(id);
    }
}
