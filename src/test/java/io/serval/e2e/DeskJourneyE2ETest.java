package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.submit;
import static io.serval.e2e.Browser.switchLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7, "must show", in the browser: a customer raises an incident with a screenshot in the portal, the agent
 * takes it and escalates it to the second line, the engineer resolves it and the customer confirms: closed.
 */
@ServalTest
class DeskJourneyE2ETest {

    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void anIncidentRaisedInThePortalIsTakenEscalatedResolvedAndConfirmedClosed() {
        Page customer = browser.newPageAs("customer1");
        customer.locator("#nav-tickets").click();
        assertThat(customer.locator("h1")).hasText("My tickets");
        customer.locator("#raise-ticket").click();
        assertThat(customer.locator("#type")).isFocused();
        customer.locator("#type").selectOption("INCIDENT");
        customer.locator("#service").selectOption("DESKTOP");
        customer.locator("#subject").fill("三楼打印机卡纸 Printer on the 3rd floor jams");
        customer.locator("#description").fill("每打印十页就卡纸一次。\nIt jams every ten pages.");
        customer.locator("#impact").selectOption("HIGH");
        customer.locator("#urgency").selectOption("HIGH");
        customer.locator("#file").setInputFiles(new FilePayload("jam.png", "image/png", PNG));
        submit(customer, "#raise-submit");
        assertThat(customer).hasURL(Pattern.compile(".*/tickets/\\d+$"));
        long id = Long.parseLong(customer.url().replaceAll(".*/", ""));
        assertThat(customer.locator("#ticket-status")).hasText("new");
        assertThat(customer.locator("#ticket-priority")).hasText("P1 – critical");
        assertThat(customer.locator("#attachments")).containsText("jam.png");
        String number = customer.locator("h1 span").first().textContent();

        Page agent = browser.newPageAs("agent");
        agent.locator("#nav-tickets").click();
        agent.locator("#view-unassigned").click();
        agent.locator("#ticket-" + number + " a").click();
        assertThat(agent.locator("#priority-source")).containsText("SLA");
        submit(agent, "#take");
        assertThat(agent.locator("#ticket-assignment")).containsText("agent");
        agent.locator("#escalate-group").selectOption("NETWORK");
        agent.locator("#escalate-assignee").selectOption("engineer");
        agent.locator("#escalate-comment").fill("打印机驱动需二线 / the print server needs the 2nd line");
        submit(agent, "#escalate");
        assertThat(agent.locator("#ticket-assignment")).containsText("Network Team");
        assertThat(agent.locator("#ticket-assignment")).containsText("engineer");
        assertThat(agent.locator("#history")).containsText("the print server needs the 2nd line");
        screenshot(agent, "desk-agent-ticket-en");

        Page engineer = browser.newPageAs("engineer");
        engineer.navigate("/tickets?view=mine");
        engineer.locator("#ticket-" + number + " a").click();
        submit(engineer, "#start");
        assertThat(engineer.locator("h1")).containsText("in progress");
        engineer.locator("#resolve-comment").fill("换了搓纸轮 / Replaced the pick-up roller");
        submit(engineer, "#resolve");
        assertThat(engineer.locator("h1")).containsText("resolved");

        customer.reload();
        assertThat(customer.locator("#ticket-status")).hasText("resolved");
        assertThat(customer.locator("#history")).containsText("Replaced the pick-up roller");
        assertThat(customer.locator("#history")).not().containsText("2nd line");
        screenshot(customer, "desk-portal-ticket-resolved-en");
        submit(customer, "#confirm-resolution");
        assertThat(customer.locator("#ticket-status")).hasText("closed");

        JsonNode closed = Api.as(port, "customer1").get("/api/tickets/" + id).json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("assignmentGroup").asString()).isEqualTo("NETWORK");
        assertThat(closed.get("assignee").asString()).isEqualTo("engineer");
        assertThat(closed.get("closedAt").asString()).isNotBlank();
        assertThat(Api.as(port, "customer1").get("/api/tickets/" + id + "/attachments").json().get(0).get("fileName").asString())
                .isEqualTo("jam.png");
    }

    @Test
    void thePortalAndTheQueueInEnglishAndChinese() {
        Api customerApi = Api.as(port, "customer1");
        for (String subject : new String[] {"邮箱满了 Mailbox full", "VPN 断线 VPN drops"}) {
            assertThat(customerApi.post("/api/tickets", """
                    {"type":"SERVICE_REQUEST","subject":"%s","description":"请处理 / please help","service":"DESKTOP",
                     "impact":"MEDIUM","urgency":"LOW"}""".formatted(subject)).status()).isEqualTo(201);
        }
        long id = customerApi.get("/api/tickets").json().get("content").get(0).get("id").asLong();
        Api.as(port, "agent").post("/api/tickets/" + id + "/comments", "{\"text\":\"已联系 / called back\",\"internal\":false}");

        Page customer = browser.newPageAs("customer1");
        customer.navigate("/tickets");
        assertThat(customer.locator("#tickets")).containsText("Mailbox full");
        assertThat(customer.locator("#tickets")).containsText("VPN drops");
        screenshot(customer, "desk-portal-list-en");
        customer.navigate("/tickets/" + id);
        screenshot(customer, "desk-portal-ticket-en");
        switchLanguage(customer, "zh");
        assertThat(customer.locator("#ticket-status")).hasText("新建");
        screenshot(customer, "desk-portal-ticket-zh");
        customer.navigate("/tickets");
        assertThat(customer.locator("h1")).hasText("我的工单");
        screenshot(customer, "desk-portal-list-zh");

        Page agent = browser.newPageAs("agent");
        agent.navigate("/tickets?view=all");
        assertThat(agent.locator("#ticket-q")).isFocused();
        assertThat(agent.locator("#tickets")).containsText("Customer A");
        screenshot(agent, "desk-agent-queue-en");
        switchLanguage(agent, "zh");
        assertThat(agent.locator("#view-all")).hasText("全部");
        screenshot(agent, "desk-agent-queue-zh");
        agent.navigate("/tickets/" + id);
        screenshot(agent, "desk-agent-ticket-zh");
    }
}
