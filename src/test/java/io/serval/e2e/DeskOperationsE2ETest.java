package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.login;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.submit;
import static io.serval.e2e.Browser.switchLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The agent on the phone logs a call and opens its ticket in one screen; the duty manager watches and pushes. */
@ServalTest
class DeskOperationsE2ETest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAgentLogsACallAndOpensATicketInOneScreen() {
        Page page = browser.page();
        login(page, "agent");
        page.navigate("/desk/calls/new");
        page.locator("#customer").fill("customer1");
        page.locator("#summary").fill("来电：会议室投影仪无信号 / Called: no signal on the projector");
        page.locator("[id='raise.service']").selectOption("DESKTOP");
        page.locator("[id='raise.impact']").selectOption("LOW");
        submit(page, "#save");
        assertThat(page.locator("[id='raise.subject']")).hasClass(Pattern.compile(".*is-invalid.*"));
        assertThat(page.locator("#summary")).hasValue("来电：会议室投影仪无信号 / Called: no signal on the projector");

        page.locator("[id='raise.subject']").fill("会议室投影仪无信号");
        page.locator("[id='raise.description']").fill("三楼大会议室 / Big meeting room, 3rd floor");
        submit(page, "#save");
        Matcher landed = Pattern.compile(".*/tickets/(\\d+)$").matcher(page.url());
        assertThat(landed.matches()).as(page.url()).isTrue();
        long ticket = Long.parseLong(landed.group(1));

        JsonNode raised = Api.as(port, "agent").get("/api/tickets/" + ticket).json();
        assertThat(raised.get("customer").asString()).isEqualTo("customer1");
        assertThat(raised.get("subject").asString()).isEqualTo("会议室投影仪无信号");
        page.navigate("/desk/contacts?q=projector");
        assertThat(page.locator("#contacts tbody tr")).hasCount(1);
        assertThat(page.locator("#contacts tbody tr")).containsText(raised.get("number").asString());
        assertThat(page.locator("#contacts tbody tr")).containsText("Phone");
        screenshot(page, "desk-contacts");
        page.navigate("/desk/tickets/" + ticket + "/contacts");
        assertThat(page.locator(".ticket-contact")).containsText("no signal on the projector");
    }

    @Test
    void theDutyManagerSeesAnUnacceptedTicketAndAMajorIncidentAndPushesIt() {
        Api customer = Api.as(port, "customer1");
        JsonNode major = customer.post("/api/tickets", """
                {"type":"INCIDENT","subject":"邮件系统全部中断 / Mail is down","description":"nobody can send",
                 "service":"EMAIL","impact":"HIGH","urgency":"HIGH"}""").json();
        JsonNode waiting = customer.post("/api/tickets", """
                {"type":"ENQUIRY","subject":"发票在哪里下载 / Where are the invoices","description":"?",
                 "service":"DESKTOP","impact":"LOW","urgency":"LOW"}""").json();
        clock.setTo(clock.instant().plus(Duration.ofMinutes(20)));

        Page page = browser.page();
        login(page, "duty");
        page.navigate("/desk/duty");
        assertThat(page.locator("#duty-majorIncidents")).containsText(major.get("number").asString());
        assertThat(page.locator("#duty-unaccepted")).containsText(waiting.get("number").asString());
        assertThat(page.locator("h1")).hasText("Duty manager");
        screenshot(page, "desk-duty");

        var row = page.locator("#unaccepted-" + waiting.get("id").asLong());
        row.locator("form").nth(1).locator("input[name=reason]").fill("15 分钟无人受理 / nobody took it");
        submit(page, "#unaccepted-" + waiting.get("id").asLong() + " .btn-outline-danger");
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(Api.as(port, "agent").get("/api/tickets/" + waiting.get("id").asLong() + "/escalations").body())
                .contains("HIERARCHICAL").contains("nobody took it");

        switchLanguage(page, "zh");
        assertThat(page.locator("h1")).hasText("值班经理");
        assertThat(page.locator("#duty-majorIncidents-title")).hasText("重大事件");
        page.locator("#majorIncidents-" + major.get("id").asLong() + " a").first().click();
        assertThat(page.locator("h1")).containsText("重大事件 " + major.get("number").asString());
        assertThat(page.locator("#major-facts")).containsText("自动认定");
        assertThat(page.locator("#affected")).containsText("客户甲");
        screenshot(page, "desk-major");
    }
}
