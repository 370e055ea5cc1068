package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.submit;
import static io.serval.e2e.Browser.switchLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.serval.identity.IdentityService;
import io.serval.notify.internal.MailDelivery;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import io.serval.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7, "must show", in the browser: the service level manager marks a new service critical; a customer's P1 on
 * it is a major incident from the start; the duty manager finds it in the duty view and follows it to the major
 * incident and the ticket, hears of it in the inbox, and an e-mail reaches the duty manager's address (a real SMTP
 * server, GreenMail).
 */
@ServalTest
class MajorIncidentE2ETest {

    static final int SMTP_PORT = TestMail.freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = TestMail.server(SMTP_PORT);

    @RegisterExtension
    static final Browser browser = new Browser();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMail.use(registry, SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    MailDelivery delivery;

    @Autowired
    IdentityService identity;

    @Test
    void aP1OnACriticalServiceShowsInTheDutyViewAndReachesTheDutyManagerByMail() throws Exception {
        Page slm = browser.newPageAs("slm");
        slm.navigate("/catalog");
        slm.locator("#new-service").click();
        slm.locator("#code").fill("E2E-CRIT");
        slm.locator("#nameZh").fill("交易撮合平台");
        slm.locator("#nameEn").fill("Trading platform");
        slm.locator("#descriptionEn").fill("Customers place and match their orders.");
        slm.locator("#critical1").check();
        slm.locator("#components tbody input").first().fill("Matching engine");
        Locator packages = slm.locator("#packages tbody tr");
        while (packages.count() > 1) {
            packages.last().locator("[data-remove-row]").click();
        }
        packages.first().locator("input").nth(2).fill("Standard trading");
        submit(slm, "#save-service");
        assertThat(slm).hasURL(Pattern.compile(".*/catalog/services/E2E-CRIT$"));
        assertThat(slm.locator("#service-critical")).hasText("Critical");
        assertThat(Api.as(port, "slm").get("/api/services/E2E-CRIT").json().get("critical").asBoolean()).isTrue();

        Page customer = browser.newPageAs("customer1");
        customer.locator("#nav-tickets").click();
        customer.locator("#raise-ticket").click();
        customer.locator("#type").selectOption("INCIDENT");
        customer.locator("#service").selectOption("E2E-CRIT");
        customer.locator("#subject").fill("交易平台无法下单 Trading platform takes no orders");
        customer.locator("#description").fill("所有客户都无法下单。\nNobody can place an order.");
        customer.locator("#impact").selectOption("HIGH");
        customer.locator("#urgency").selectOption("HIGH");
        submit(customer, "#raise-submit");
        assertThat(customer).hasURL(Pattern.compile(".*/tickets/\\d+$"));
        long id = Long.parseLong(customer.url().replaceAll(".*/", ""));
        assertThat(customer.locator("#ticket-priority")).hasText("P1 – critical");
        String number = customer.locator("h1 span").first().textContent().trim();
        JsonNode ticket = Api.as(port, "agent").get("/api/tickets/" + id).json();
        assertThat(ticket.get("number").asString()).isEqualTo(number);
        assertThat(ticket.get("major").asBoolean()).as("a P1 on a critical service is a major incident").isTrue();

        // the notice is written with the ticket (same transaction): its mail waits in the outbox already
        Api admin = Api.as(port, "admin");
        JsonNode waiting = admin.get("/api/admin/mail?status=PENDING&q=" + number).rows();
        assertThat(waiting.values().stream().map(m -> m.get("recipient").asString()).toList()).contains("duty");
        assertThat(delivery.sendDue().sent()).isGreaterThanOrEqualTo(1);
        String dutyAddress = identity.user("duty").email();
        MimeMessage mail = TestMail.find(smtp.getReceivedMessages(), dutyAddress, number);
        assertThat(mail.getSubject()).contains("交易平台无法下单").contains("E2E-CRIT").contains("P1");
        assertThat((String) mail.getContent()).contains(number).contains("/desk/major/" + id);
        assertThat(admin.get("/api/admin/mail?status=SENT&q=" + number).rows().values().stream()
                .filter(m -> m.get("recipient").asString().equals("duty")).toList()).singleElement()
                .satisfies(m -> assertThat(m.get("address").asString()).isEqualTo(dutyAddress));

        Page duty = browser.newPageAs("duty");
        long unread = Api.as(port, "duty").get("/api/notifications/unread").json().get("unread").asLong();
        assertThat(unread).isPositive();
        assertThat(duty.locator("#inbox-badge")).hasText(String.valueOf(unread));
        duty.locator("#nav-inbox").click();
        Locator notice = duty.locator("#notifications tbody tr", new Page.LocatorOptions().setHasText(number));
        assertThat(notice).hasCount(1);
        assertThat(notice).containsText("Major incident " + number + " (P1, E2E-CRIT)");
        assertThat(notice.locator(".badge")).hasText("New");

        duty.locator("#nav-tickets").click();
        duty.locator("#queue-duty").click();
        assertThat(duty).hasURL(Pattern.compile(".*/desk/duty$"));
        Locator row = duty.locator("#majorIncidents-" + id);
        assertThat(row).containsText(number);
        assertThat(row).containsText("Trading platform takes no orders");
        assertThat(row.locator("td").nth(2)).hasText("Trading platform"); // the critical service, by name
        assertThat(row.locator("td").nth(3)).hasText("P1");
        assertThat(row.locator("td").nth(4)).hasText("Customer A");
        screenshot(duty, "desk-duty-major-incident-en");
        switchLanguage(duty, "zh");
        assertThat(duty.locator("#duty-majorIncidents-title")).hasText("重大事件");
        assertThat(duty.locator("#majorIncidents-" + id + " td").nth(2)).hasText("交易撮合平台");
        screenshot(duty, "desk-duty-major-incident-zh");
        duty.setViewportSize(1024, 768);
        screenshot(duty, "desk-duty-major-incident-zh-1024");
        duty.setViewportSize(1280, 900);
        switchLanguage(duty, "en");

        duty.locator("#majorIncidents-" + id + " a").first().click();
        assertThat(duty).hasURL(Pattern.compile(".*/desk/major/" + id + "$"));
        assertThat(duty.locator("h1")).containsText("Major incident " + number);
        assertThat(duty.locator("#major-facts")).containsText("automatically: a P1 on a critical service");
        assertThat(duty.locator("#major-service")).hasText("Trading platform E2E-CRIT");
        assertThat(duty.locator("#affected")).hasText("Customer A · customer1");
        screenshot(duty, "desk-major-incident-en");
        duty.locator("#major-ticket").click();
        assertThat(duty).hasURL(Pattern.compile(".*/tickets/" + id + "$"));
        assertThat(duty.locator("#major-link")).isVisible();

        duty.navigate("/inbox?q=" + number);
        duty.locator("#notifications tbody tr a").first().click();
        assertThat(duty).hasURL(Pattern.compile(".*/desk/major/" + id + "$"));
    }
}
