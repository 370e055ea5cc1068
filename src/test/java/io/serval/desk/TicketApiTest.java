package io.serval.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Tickets through the API: raising, the lifecycle, priority, comments, attachments, and who sees what. */
@ServalTest
class TicketApiTest {

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;

    private JsonNode raise(Api as, String body) {
        Api.Response raised = as.post("/api/tickets", body);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json();
    }

    private static String incident(String subject, String impact, String urgency) {
        return """
                {"type":"INCIDENT","subject":"%s","description":"打印时卡纸 / The paper jams when printing",
                 "service":"DESKTOP","impact":"%s","urgency":"%s"}""".formatted(subject, impact, urgency);
    }

    private static Api.Response move(Api as, long id, String to, String more) {
        return as.post("/api/tickets/" + id + "/transitions", "{\"to\":\"" + to + "\"" + more + "}");
    }

    @Test
    void aCustomerRaisesAnIncidentThatTheDeskTakesEscalatesAndResolvesAndTheCustomerCloses() {
        Api customer = Api.as(port, "customer1");
        JsonNode ticket = raise(customer, incident("三楼打印机卡纸", "HIGH", "HIGH"));
        long id = ticket.get("id").asLong();
        assertThat(ticket.get("number").asString()).matches(Pattern.compile("INC-\\d{4}-\\d{6}"));
        assertThat(ticket.get("priority").asString()).isEqualTo("P1");
        assertThat(ticket.get("prioritySource").asString()).as("the guideline of the corporate SLA in force")
                .isEqualTo("CORP-SLA");
        assertThat(ticket.get("status").asString()).isEqualTo("NEW");
        assertThat(ticket.get("organisation").asString()).isEqualTo("CUST-A");
        assertThat(ticket.get("service").asString()).isEqualTo("DESKTOP");
        assertThat(ticket.get("createdAt").asString()).isNotBlank();

        Api agent = Api.as(port, "agent");
        JsonNode taken = move(agent, id, "ASSIGNED", "").json();
        assertThat(taken.get("assignee").asString()).isEqualTo("agent");
        assertThat(taken.get("assignmentGroup").asString()).isEqualTo("DESK");
        JsonNode escalated = move(agent, id, "ASSIGNED", ",\"group\":\"NETWORK\",\"assignee\":\"engineer\",\"comment\":\"2nd line\"").json();
        assertThat(escalated.get("assignmentGroup").asString()).isEqualTo("NETWORK");

        Api engineer = Api.as(port, "engineer");
        assertThat(move(engineer, id, "IN_PROGRESS", "").status()).isEqualTo(200);
        assertThat(move(engineer, id, "RESOLVED", ",\"comment\":\"换了搓纸轮 / Replaced the pick-up roller\"").json()
                .get("status").asString()).isEqualTo("RESOLVED");

        JsonNode closed = move(customer, id, "CLOSED", "").json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedAt").asString()).isNotBlank();
    }

    @Test
    void anIllegalTransitionIsRefusedNamingTheStatusAndTheAllowedMovesAndChangesNothing() {
        Api customer = Api.as(port, "customer1");
        long id = raise(customer, incident("Mail bounces", "LOW", "LOW")).get("id").asLong();

        Api.Response byCustomer = move(customer, id, "RESOLVED", "");
        assertThat(byCustomer.status()).isEqualTo(409);
        assertThat(byCustomer.contentType()).startsWith("application/problem+json");

        Api.Response byAgent = move(Api.as(port, "agent").inLanguage("en"), id, "CLOSED", "");
        assertThat(byAgent.status()).isEqualTo(409);
        assertThat(byAgent.json().get("detail").asString()).contains("is new").contains("assigned").contains("not to closed");
        assertThat(move(Api.as(port, "agent").inLanguage("zh-CN"), id, "CLOSED", "").json().get("detail").asString())
                .contains("新建").contains("已关闭");
        assertThat(move(Api.as(port, "agent"), id, "REJECTED", "").status()).as("a rejection needs its reason").isEqualTo(400);
        assertThat(Api.as(port, "agent").get("/api/tickets/" + id).json().get("status").asString()).isEqualTo("NEW");
        assertThat(move(Api.as(port, "agent"), id, "BOGUS", "").status()).isEqualTo(400);
    }

    @Test
    void theDeskRaisesForACustomerAndARetargetRecomputesThePriority() {
        Api agent = Api.as(port, "agent");
        JsonNode ticket = raise(agent, incident("Meter not read", "MEDIUM", "MEDIUM").replace("}", ",\"customer\":\"customer2\"}"));
        assertThat(ticket.get("organisation").asString()).isEqualTo("CUST-B");
        assertThat(ticket.get("priority").asString()).isEqualTo("P3");
        long id = ticket.get("id").asLong();

        JsonNode changed = agent.patch("/api/tickets/" + id, "{\"impact\":\"HIGH\",\"urgency\":\"HIGH\"}").json();
        assertThat(changed.get("priority").asString()).isEqualTo("P1");
        assertThat(changed.get("impact").asString()).isEqualTo("HIGH");
        assertThat(agent.patch("/api/tickets/" + id, "{\"service\":\"NOPE\"}").status()).isEqualTo(400);
        assertThat(Api.as(port, "customer2").patch("/api/tickets/" + id, "{\"impact\":\"LOW\"}").status()).isEqualTo(403);

        Api.Response noCustomer = agent.post("/api/tickets", incident("For whom?", "LOW", "LOW"));
        assertThat(noCustomer.status()).isEqualTo(400);
        assertThat(noCustomer.body()).contains("\"customer\"");
        Api.Response bad = agent.post("/api/tickets", """
                {"type":"INCIDENT","subject":"","description":"x","service":"DESKTOP","impact":"HUGE","urgency":"LOW","customer":"customer1"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    @Test
    void internalNotesNeverReachTheCustomer() {
        Api customer = Api.as(port, "customer1");
        long id = raise(customer, incident("VPN drops", "MEDIUM", "HIGH")).get("id").asLong();
        Api agent = Api.as(port, "agent");
        assertThat(agent.post("/api/tickets/" + id + "/comments", "{\"text\":\"客户的路由器很旧 / old router\",\"internal\":true}").status())
                .isEqualTo(201);
        assertThat(agent.post("/api/tickets/" + id + "/comments", "{\"text\":\"请重启路由器 / Please restart the router\",\"internal\":false}")
                .status()).isEqualTo(201);
        assertThat(customer.post("/api/tickets/" + id + "/comments", "{\"text\":\"sneaky\",\"internal\":true}").status()).isEqualTo(400);

        JsonNode seenByCustomer = customer.get("/api/tickets/" + id + "/comments").json();
        assertThat(seenByCustomer.values()).extracting(c -> c.get("text").asString()).containsExactly("请重启路由器 / Please restart the router");
        assertThat(customer.get("/api/tickets/" + id + "/comments").body()).doesNotContain("old router");
        assertThat(agent.get("/api/tickets/" + id + "/comments").json().size()).isEqualTo(2);
        assertThat(agent.get("/api/tickets/" + id + "/comments").json().get(0).get("internal").asBoolean()).isTrue();
    }

    @Test
    void anotherCustomerCannotSeeFindGuessOrChangeATicket() {
        Api customer1 = Api.as(port, "customer1");
        long id = raise(customer1, incident("机密打印机 secret printer", "LOW", "MEDIUM")).get("id").asLong();
        long file = customer1.upload("/api/tickets/" + id + "/attachments", "file", "note.txt", "text/plain",
                "only for CUST-A".getBytes(StandardCharsets.UTF_8)).json().get("id").asLong();

        Api customer2 = Api.as(port, "customer2");
        for (String path : List.of("/api/tickets/" + id, "/api/tickets/" + id + "/comments", "/api/tickets/" + id + "/attachments",
                "/api/tickets/" + id + "/attachments/" + file)) {
            Api.Response answer = customer2.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
        }
        assertThat(move(customer2, id, "CLOSED", "").status()).isEqualTo(404);
        assertThat(customer2.post("/api/tickets/" + id + "/comments", "{\"text\":\"hi\",\"internal\":false}").status()).isEqualTo(404);
        assertThat(customer2.upload("/api/tickets/" + id + "/attachments", "file", "x.txt", "text/plain", "x".getBytes()).status())
                .isEqualTo(404);
        assertThat(customer2.get("/api/tickets?q=secret").json().get("totalElements").asLong()).isZero();
        assertThat(customer2.get("/api/tickets").body()).doesNotContain("secret printer");
        assertThat(Api.as(port, "provider1").get("/api/tickets/" + id).status()).isEqualTo(404);

        assertThat(customer1.get("/api/tickets?q=secret").json().get("totalElements").asLong()).isEqualTo(1);
        assertThat(customer1.get("/api/tickets/" + id + "/attachments/" + file).body()).isEqualTo("only for CUST-A");
    }

    @Test
    void aListPageCountsTheMatchesBeyondItselfAndSaysTheTotalIsExact() {
        Api agent = Api.as(port, "agent");
        JsonNode all = agent.get("/api/tickets?size=500").json();
        long total = all.get("content").size();
        assertThat(total).isGreaterThan(4).isEqualTo(all.get("totalElements").asLong());

        JsonNode second = agent.get("/api/tickets?size=2&page=1").json();
        assertThat(second.get("content")).hasSize(2);
        assertThat(second.get("content").get(0).get("id")).as("newest first, the third").isEqualTo(all.get("content").get(2).get("id"));
        assertThat(second.get("totalElements").asLong()).isEqualTo(total);
        assertThat(second.get("totalExact").asBoolean()).isTrue();
        assertThat(second.get("totalPages").asLong()).isEqualTo((total + 1) / 2);

        JsonNode pastTheEnd = agent.get("/api/tickets?size=2&page=5000").json();
        assertThat(pastTheEnd.get("content")).isEmpty();
        assertThat(pastTheEnd.get("totalElements").asLong()).isEqualTo(total);
    }

    @Test
    void attachmentsAreCheckedByContentAndSize() {
        Api customer = Api.as(port, "customer1");
        long id = raise(customer, incident("Screen flickers", "LOW", "LOW")).get("id").asLong();

        Api.Response png = customer.upload("/api/tickets/" + id + "/attachments", "file", "screen.png", "image/png", PNG);
        assertThat(png.status()).isEqualTo(201);
        assertThat(png.json().get("contentType").asString()).isEqualTo("image/png");

        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';
        Api.Response renamed = customer.upload("/api/tickets/" + id + "/attachments", "file", "holiday.png", "image/png", executable);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(400);
        assertThat(renamed.body()).contains("\"file\"");

        Api.Response tooLarge = customer.upload("/api/tickets/" + id + "/attachments", "file", "big.txt", "text/plain",
                new byte[10 * 1024 * 1024 + 1]);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("\"file\"");
        assertThat(customer.get("/api/tickets/" + id + "/attachments").json().size()).as("only the PNG").isEqualTo(1);
    }

    @Test
    void aSearchInChineseFindsTheTicket() {
        Api customer = Api.as(port, "customer1");
        raise(customer, incident("三楼打印机卡纸", "LOW", "LOW"));
        raise(customer, incident("邮箱满了", "LOW", "LOW"));
        JsonNode found = Api.as(port, "agent").get("/api/tickets?q=" + java.net.URLEncoder.encode("打印机", StandardCharsets.UTF_8)).json();
        assertThat(found.get("content").values()).extracting(t -> t.get("subject").asString()).contains("三楼打印机卡纸")
                .doesNotContain("邮箱满了");
    }

    @Test
    void theCustomerHearsOfStatusChangesAndRepliesAndStaffOfTheirAssignmentsButNobodyOfInternalNotes() {
        Api customer = Api.as(port, "customer1");
        long id = raise(customer, incident("打印机没有墨了", "LOW", "LOW")).get("id").asLong();
        String number = Api.as(port, "agent").get("/api/tickets/" + id).json().get("number").asString();
        Api agent = Api.as(port, "agent");
        move(agent, id, "ASSIGNED", ",\"group\":\"NETWORK\",\"assignee\":\"engineer\"");
        agent.post("/api/tickets/" + id + "/comments", "{\"text\":\"internal only\",\"internal\":true}");
        agent.post("/api/tickets/" + id + "/comments", "{\"text\":\"正在处理 / On it\",\"internal\":false}");

        JsonNode inbox = customer.inLanguage("zh-CN").get("/api/notifications?size=50").json();
        List<String> customerKinds = inbox.get("content").values().stream()
                .filter(n -> n.toString().contains(number)).map(n -> n.get("kind").asString()).toList();
        assertThat(customerKinds).containsExactlyInAnyOrder("ticket.statusChanged", "ticket.replied");
        assertThat(inbox.toString()).doesNotContain("internal only");
        JsonNode engineer = Api.as(port, "engineer").get("/api/notifications?size=50").json();
        assertThat(engineer.get("content").values()).anyMatch(n -> n.get("kind").asString().equals("ticket.assigned")
                && n.toString().contains(number));
    }
}
