package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.submit;
import static io.serval.support.JsonDiff.assertOnlyChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every desk form saves what is typed, read back through the API; a refused file saves nothing at all. */
@ServalTest
class DeskFormsE2ETest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    private static long idOf(Page page) {
        assertThat(page).hasURL(Pattern.compile(".*/tickets/\\d+$"));
        return Long.parseLong(page.url().replaceAll(".*/", ""));
    }

    @Test
    void theManagementFormsPushATicketUpAndDeclareAMajorIncident() {
        long id = Api.as(port, "customer1").post("/api/tickets", """
                {"type":"INCIDENT","subject":"整栋楼断网 E2E","description":"no network in the building","service":"NETWORK",
                 "impact":"MEDIUM","urgency":"MEDIUM"}""").json().get("id").asLong();
        Page page = browser.newPageAs("agent");
        page.navigate("/tickets/" + id);
        page.locator("#push-to").selectOption("SERVICE_LEVEL_MANAGER");
        page.locator("#push-reason").fill("客户要求升级 / the customer asks for it");
        submit(page, "#push");
        page.locator("#major-reason").fill("整栋楼受影响 / the whole building");
        submit(page, "#declare-major");

        assertThat(page.locator("#major-link")).isVisible();
        Api agent = Api.as(port, "agent");
        assertThat(agent.get("/api/tickets/" + id + "/escalations").body()).contains("SERVICE_LEVEL_MANAGER")
                .contains("客户要求升级 / the customer asks for it");
        assertThat(agent.get("/api/tickets/" + id).json().get("major").asBoolean()).isTrue();
        page.locator("#major-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/desk/major/" + id + "$"));
    }

    @Test
    void theRaiseFormSavesEveryFieldAndTheFile() {
        Page page = browser.newPageAs("customer1");
        page.navigate("/tickets/new");
        page.locator("#type").selectOption("SERVICE_REQUEST");
        page.locator("#service").selectOption("EMAIL");
        page.locator("#subject").fill("新员工邮箱 Mailbox for a new colleague");
        page.locator("#description").fill("张三下周一入职。\nZhang San starts on Monday.");
        page.locator("#impact").selectOption("LOW");
        page.locator("#urgency").selectOption("MEDIUM");
        page.locator("#file").setInputFiles(new FilePayload("form.txt", "text/plain", "name: 张三".getBytes(StandardCharsets.UTF_8)));
        submit(page, "#raise-submit");
        long id = idOf(page);

        Api api = Api.as(port, "customer1");
        JsonNode saved = api.get("/api/tickets/" + id).json();
        assertThat(saved.get("type").asString()).isEqualTo("SERVICE_REQUEST");
        assertThat(saved.get("service").asString()).isEqualTo("EMAIL");
        assertThat(saved.get("subject").asString()).isEqualTo("新员工邮箱 Mailbox for a new colleague");
        assertThat(saved.get("description").asString()).isEqualTo("张三下周一入职。\nZhang San starts on Monday.");
        assertThat(saved.get("impact").asString()).isEqualTo("LOW");
        assertThat(saved.get("urgency").asString()).isEqualTo("MEDIUM");
        assertThat(saved.get("customer").asString()).isEqualTo("customer1");
        JsonNode file = api.get("/api/tickets/" + id + "/attachments").json().get(0);
        assertThat(file.get("fileName").asString()).isEqualTo("form.txt");
        assertThat(api.get("/api/tickets/" + id + "/attachments/" + file.get("id").asLong()).body()).isEqualTo("name: 张三");
    }

    @Test
    void theReplyFormSendsTheTextAndTheFileAndTheDeskWritesAnInternalNote() {
        Api customer = Api.as(port, "customer1");
        long id = customer.post("/api/tickets", """
                {"type":"ENQUIRY","subject":"Opening hours?","description":"When is the desk open?","service":"DESKTOP",
                 "impact":"LOW","urgency":"LOW"}""").json().get("id").asLong();

        Page page = browser.newPageAs("customer1");
        page.navigate("/tickets/" + id);
        assertThat(page.locator("#internal1")).hasCount(0);
        page.locator("#text").fill("补充截图 / here is a screenshot");
        page.locator("#reply-file").setInputFiles(new FilePayload("more.txt", "text/plain", "details".getBytes(StandardCharsets.UTF_8)));
        submit(page, "#reply-submit");
        assertThat(page.locator("#comments")).containsText("here is a screenshot");

        Page agent = browser.newPageAs("agent");
        agent.navigate("/tickets/" + id);
        agent.locator("#text").fill("客户很急 / in a hurry");
        agent.locator("#internal1").check();
        submit(agent, "#reply-submit");
        assertThat(agent.locator("#comments .comment-note")).containsText("in a hurry");

        JsonNode comments = Api.as(port, "agent").get("/api/tickets/" + id + "/comments").json();
        assertThat(comments.values()).extracting(c -> c.get("text").asString() + "|" + c.get("internal").asBoolean()
                + "|" + c.get("author").asString())
                .containsExactly("补充截图 / here is a screenshot|false|customer1", "客户很急 / in a hurry|true|agent");
        assertThat(customer.get("/api/tickets/" + id + "/attachments").json().get(0).get("fileName").asString()).isEqualTo("more.txt");
        page.reload();
        assertThat(page.locator("#comments")).not().containsText("in a hurry");
    }

    @Test
    void theDeskRaisesATicketForACustomerChosenFromTheCustomers() {
        Page page = browser.newPageAs("agent");
        page.navigate("/tickets");
        page.locator("#raise-ticket").click();
        assertThat(page.locator("#customer")).isFocused();
        page.locator("#customer").selectOption("customer2");
        page.locator("#type").selectOption("INCIDENT");
        page.locator("#service").selectOption("POWER-REPAIR");
        page.locator("#subject").fill("电表不走 Meter stopped");
        page.locator("#description").fill("客户来电 / The customer called.");
        page.locator("#impact").selectOption("MEDIUM");
        page.locator("#urgency").selectOption("HIGH");
        submit(page, "#raise-submit");
        long id = idOf(page);
        assertThat(page.locator("#ticket-customer")).containsText("customer2");

        JsonNode saved = Api.as(port, "agent").get("/api/tickets/" + id).json();
        assertThat(saved.get("customer").asString()).isEqualTo("customer2");
        assertThat(saved.get("organisation").asString()).isEqualTo("CUST-B");
        assertThat(saved.get("service").asString()).isEqualTo("POWER-REPAIR");
        assertThat(saved.get("subject").asString()).isEqualTo("电表不走 Meter stopped");
        assertThat(saved.get("urgency").asString()).isEqualTo("HIGH");
        assertThat(Api.as(port, "customer2").get("/api/tickets/" + id).status()).isEqualTo(200);
    }

    @Test
    void theChangeFormRecomputesThePriorityAndChangesNothingElse() {
        Api agent = Api.as(port, "agent");
        long id = agent.post("/api/tickets", """
                {"type":"INCIDENT","subject":"Slow network","description":"Pages load slowly","service":"DESKTOP",
                 "impact":"LOW","urgency":"LOW","customer":"customer1","category":"network"}""").json().get("id").asLong();
        JsonNode before = agent.get("/api/tickets/" + id).json();

        Page page = browser.newPageAs("agent");
        page.navigate("/tickets/" + id);
        page.locator("#impact").selectOption("HIGH");
        page.locator("#urgency").selectOption("HIGH");
        page.locator("#category").fill("网络 network");
        submit(page, "#change-submit");
        assertThat(page.locator("#ticket-priority")).containsText("P1");

        JsonNode after = agent.get("/api/tickets/" + id).json();
        assertThat(after.get("priority").asString()).isEqualTo("P1");
        assertThat(after.get("category").asString()).isEqualTo("网络 network");
        assertOnlyChanged(before, after, "impact", "urgency", "priority", "category");
    }

    @Test
    void thePendingSupplierFormNamesTheSupplierAwaited() {
        Api agent = Api.as(port, "agent");
        long id = agent.post("/api/tickets", """
                {"type":"INCIDENT","subject":"Printer needs a part","description":"Fuser broken","service":"DESKTOP",
                 "impact":"LOW","urgency":"LOW","customer":"customer1"}""").json().get("id").asLong();
        agent.post("/api/tickets/" + id + "/transitions", "{\"to\":\"IN_PROGRESS\"}");

        Page page = browser.newPageAs("agent");
        page.navigate("/tickets/" + id);
        page.locator("#supplier").selectOption("PROV-1");
        submit(page, "#move-PENDING_SUPPLIER");
        assertThat(page.locator("h1")).containsText("pending a supplier");

        JsonNode after = agent.get("/api/tickets/" + id).json();
        assertThat(after.get("status").asString()).isEqualTo("PENDING_SUPPLIER");
        assertThat(after.get("supplier").asString()).isEqualTo("PROV-1");
    }

    @Test
    void aFileOfARefusedTypeIsShownAtTheFileAndRaisesNoTicket() {
        long before = Api.as(port, "agent").get("/api/tickets").json().get("totalElements").asLong();
        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';
        Page page = browser.newPageAs("customer1");
        page.navigate("/tickets/new");
        page.locator("#service").selectOption("DESKTOP");
        page.locator("#subject").fill("Holiday photo");
        page.locator("#description").fill("See the picture");
        page.locator("#file").setInputFiles(new FilePayload("holiday.png", "image/png", executable));
        submit(page, "#raise-submit");

        assertThat(page.locator("#file")).hasClass(Pattern.compile(".*is-invalid.*"));
        assertThat(page.locator("#raise-form")).containsText("cannot be attached");
        assertThat(page.locator("#subject")).hasValue("Holiday photo");
        assertThat(Api.as(port, "agent").get("/api/tickets").json().get("totalElements").asLong()).isEqualTo(before);
    }
}
