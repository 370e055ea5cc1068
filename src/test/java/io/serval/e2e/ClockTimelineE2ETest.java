package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.submit;
import static io.serval.e2e.Browser.switchLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8, "must show", in the browser: a P1 raised in the portal on a Monday at 9:00 (resolution within 4 business
 * hours on Monday-Friday 09:00-18:00), taken at 9:10, pending the customer from 10:00 to 11:30, looked at at 12:00.
 * The ticket page's timeline shows the resolution clock's three segments with their business time (1 h counted,
 * 1 h 30 min paused and not counted, 30 min counted), the sum (1 h 30 min), the due instant (14:30: the 3 h left
 * from 11:30) and the time left, in English and Chinese; the customer's portal shows the SLA's clocks only. The
 * near-breach page lists the running clocks, the one already over its target first and in red, filters, and
 * refreshes itself keeping its filters.
 */
@ServalTest
class ClockTimelineE2ETest {

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

    static Instant cst(String text) {
        return LocalDateTime.parse(text).atZone(TestClock.SHANGHAI).toInstant();
    }

    @Test
    void theTimelineShowsEverySegmentWithItsBusinessTimeAndTheDueInstantInEnglishAndChinese() {
        clock.freeze(cst("2026-11-23T09:00"));
        Page customer = browser.newPageAs("customer1");
        customer.navigate("/tickets/new");
        customer.locator("#type").selectOption("INCIDENT");
        customer.locator("#service").selectOption("DESKTOP");
        customer.locator("#subject").fill("财务室电脑蓝屏 Blue screen in accounting");
        customer.locator("#description").fill("开机即蓝屏 / blue screen at start");
        customer.locator("#impact").selectOption("HIGH");
        customer.locator("#urgency").selectOption("HIGH");
        submit(customer, "#raise-submit");
        assertThat(customer).hasURL(Pattern.compile(".*/tickets/\\d+$"));
        long id = Long.parseLong(customer.url().replaceAll(".*/", ""));

        Page agent = browser.newPageAs("agent");
        clock.freeze(cst("2026-11-23T09:10"));
        agent.navigate("/tickets/" + id);
        submit(agent, "#take");
        clock.freeze(cst("2026-11-23T10:00"));
        submit(agent, "#move-PENDING_CUSTOMER");
        clock.freeze(cst("2026-11-23T11:30"));
        submit(agent, "#start");
        clock.freeze(cst("2026-11-23T12:00"));
        agent.reload();

        Locator resolution = agent.locator("#clock-timeline article.clock[data-metric=RESOLUTION][data-party=SLA]");
        assertThat(resolution.locator(".clock-target")).hasText("P1 resolution time 4 h");
        assertThat(resolution.locator(".clock-state")).hasText("running");
        Locator segments = resolution.locator("tr.clock-segment");
        assertThat(segments).hasCount(3);
        assertSegment(segments.nth(0), "running", "with the provider", "2026-11-23 09:00:00", "2026-11-23 10:00:00", "1 h", "1 h");
        assertSegment(segments.nth(1), "paused", "pending the customer", "2026-11-23 10:00:00", "2026-11-23 11:30:00",
                "1 h 30 min", "1 h 30 min");
        assertSegment(segments.nth(2), "running", "with the provider", "2026-11-23 11:30:00", "still going", "30 min", "30 min");
        assertThat(resolution.locator(".clock-sum")).hasText("1 h 30 min");
        assertThat(resolution.locator(".clock-elapsed")).hasText("1 h 30 min");
        assertThat(resolution.locator(".clock-paused-sum")).hasText("1 h 30 min");
        assertThat(resolution.locator(".clock-calendar-sum")).hasText("3 h");
        assertThat(resolution.locator(".clock-due")).hasText("2026-11-23 14:30:00");
        assertThat(resolution.locator(".clock-left")).hasText("2 h 30 min left");
        assertThat(resolution.locator(".clock-percent")).hasText("37 %");
        assertThat(resolution.locator(".clock-note").first()).containsText("Started under");
        Locator response = agent.locator("#clock-timeline article.clock[data-metric=RESPONSE][data-party=SLA]");
        assertThat(response.locator(".clock-state")).hasText("met");
        assertThat(response.locator(".clock-elapsed")).hasText("10 min");
        assertThat(response.locator(".clock-left")).hasText("5 min to spare");
        assertThat(agent.locator("#clock-timeline article.clock:not([data-party=SLA])")).not().hasCount(0);
        screenshot(agent, "clock-ticket-timeline-en");

        switchLanguage(agent, "zh");
        resolution = agent.locator("#clock-timeline article.clock[data-metric=RESOLUTION][data-party=SLA]");
        assertThat(resolution.locator(".clock-target")).hasText("P1 解决时间 4 小时");
        assertThat(resolution.locator(".clock-state")).hasText("计时中");
        segments = resolution.locator("tr.clock-segment");
        assertThat(segments).hasCount(3);
        assertSegment(segments.nth(0), "计时", "服务方处理中", "2026-11-23 09:00:00", "2026-11-23 10:00:00", "1 小时", "1 小时");
        assertSegment(segments.nth(1), "暂停", "等待客户", "2026-11-23 10:00:00", "2026-11-23 11:30:00",
                "1 小时 30 分钟", "1 小时 30 分钟");
        assertSegment(segments.nth(2), "计时", "服务方处理中", "2026-11-23 11:30:00", "进行中", "30 分钟", "30 分钟");
        assertThat(resolution.locator(".clock-sum")).hasText("1 小时 30 分钟");
        assertThat(resolution.locator(".clock-due")).hasText("2026-11-23 14:30:00");
        assertThat(resolution.locator(".clock-left")).hasText("剩余 2 小时 30 分钟");
        assertThat(resolution.locator(".clock-note").first()).containsText("开始计时");
        screenshot(agent, "clock-ticket-timeline-zh");
        agent.setViewportSize(1024, 768);
        screenshot(agent, "clock-ticket-timeline-zh-1024");
        assertThat((Boolean) agent.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        agent.setViewportSize(1280, 900);

        // a minute later the timeline refreshes itself: now past 14:30 the clock is over its target
        agent.clock().install();
        agent.reload();
        assertThat(agent.locator("#clock-timeline article.clock").first()).isVisible();
        clock.freeze(cst("2026-11-23T14:45"));
        agent.clock().runFor(61_000);
        resolution = agent.locator("#clock-timeline article.clock[data-metric=RESOLUTION][data-party=SLA]");
        assertThat(resolution.locator(".clock-left")).hasText("超出 15 分钟");
        assertThat(resolution.locator(".clock-left")).hasClass(Pattern.compile("text-danger"));

        customer.reload();
        assertThat(customer.locator("#clock-timeline article.clock")).hasCount(2);
        assertThat(customer.locator("#clock-timeline article.clock[data-party=SLA]")).hasCount(2);
        assertThat(customer.locator("#clock-timeline")).not().containsText("OLA");
        Locator seen = customer.locator("#clock-timeline article.clock[data-metric=RESOLUTION]");
        assertThat(seen.locator("tr.clock-segment")).hasCount(3);
        assertThat(seen.locator(".clock-sum")).hasText("4 h 15 min");
        screenshot(customer, "clock-portal-timeline-en");
        switchLanguage(agent, "en");
    }

    static void assertSegment(Locator row, String state, String reason, String from, String to, String calendar,
            String business) {
        Locator cells = row.locator("td");
        assertThat(cells.nth(1)).hasText(state);
        assertThat(cells.nth(2)).hasText(reason);
        assertThat(cells.nth(3)).hasText(from);
        assertThat(cells.nth(4)).hasText(to);
        assertThat(cells.nth(5)).hasText(calendar);
        assertThat(cells.nth(6)).hasText(business);
    }

    @Test
    void theNearBreachPageListsTheClocksOverTheirTargetFirstFiltersAndRefreshesKeepingItsFilters() {
        clock.freeze(cst("2026-11-24T09:00")); // a Tuesday
        Api customer = Api.as(port, "customer1");
        List<String> numbers = new ArrayList<>();
        for (String subject : new String[] {"网络中断 Network down", "邮箱无法登录 Mailbox locked"}) {
            Api.Response raised = customer.post("/api/tickets", """
                    {"type":"INCIDENT","subject":"%s","description":"x","service":"DESKTOP","impact":"HIGH","urgency":"HIGH"}"""
                    .formatted(subject));
            assertThat(raised.status()).isEqualTo(201);
            numbers.add(raised.json().get("number").asString());
        }
        assertThat(Api.as(port, "customer2").post("/api/tickets", """
                {"type":"INCIDENT","subject":"停电 Power cut","description":"x","service":"POWER-REPAIR","impact":"HIGH",
                 "urgency":"MEDIUM"}""").status()).isEqualTo(201);
        clock.freeze(cst("2026-11-24T09:20")); // the P1 responses (15 min) are over

        Page agent = browser.newPageAs("agent");
        switchLanguage(agent, "en"); // as the user last chose
        agent.clock().install();
        agent.locator("#nav-near-breach").click();
        assertThat(agent.locator("h1")).hasText("Near breach");
        Locator rows = agent.locator("#near-breach-clocks tbody tr");
        assertThat(rows.first()).hasAttribute("data-breached", "true"); // those over their target come first
        for (String number : numbers) {
            Locator late = row(agent, number, "RESPONSE");
            assertThat(late).hasAttribute("data-breached", "true");
            assertThat(late.locator(".near-breach-left")).hasText("5 min over");
            assertThat(late.locator(".near-breach-left")).hasClass(Pattern.compile("text-danger"));
            assertThat(row(agent, number, "RESOLUTION").locator(".near-breach-left")).hasText("3 h 40 min left");
        }
        assertThat(agent.locator("#near-breach-clocks")).containsText("Customer B");
        screenshot(agent, "clock-near-breach-en");

        agent.locator("#near-breach-metric").selectOption("RESOLUTION");
        agent.locator("#near-breach-customer").selectOption("CUST-A");
        agent.locator("#near-breach-submit").click();
        assertThat(agent).hasURL(Pattern.compile(".*metric=RESOLUTION.*"));
        assertThat(agent.locator("#near-breach-clocks")).not().containsText("Customer B");
        assertThat(agent.locator("#near-breach-clocks tbody tr:not([data-metric=RESOLUTION])")).hasCount(0);
        for (String number : numbers) {
            assertThat(row(agent, number, "RESOLUTION")).hasAttribute("data-breached", "false");
            assertThat(row(agent, number, "RESPONSE")).hasCount(0);
        }
        // half a minute later the list refreshes itself with the same filters: by now both are over their 4 h
        clock.freeze(cst("2026-11-24T13:30"));
        agent.clock().runFor(31_000);
        for (String number : numbers) {
            assertThat(row(agent, number, "RESOLUTION")).hasAttribute("data-breached", "true");
            assertThat(row(agent, number, "RESOLUTION").locator(".near-breach-left")).hasText("30 min over");
        }
        assertThat(agent.locator("#near-breach-clocks")).not().containsText("Customer B");
        assertThat(agent.locator("#near-breach-clocks tbody tr:not([data-metric=RESOLUTION])")).hasCount(0);
        assertThat(agent.locator("#near-breach-metric")).hasValue("RESOLUTION");

        switchLanguage(agent, "zh");
        assertThat(agent.locator("h1")).hasText("即将超时");
        assertThat(row(agent, numbers.get(0), "RESOLUTION").locator(".near-breach-left")).hasText("超出 30 分钟");
        screenshot(agent, "clock-near-breach-zh");
        agent.navigate("/clocks/near-breach");
        agent.setViewportSize(1024, 768);
        screenshot(agent, "clock-near-breach-zh-1024");
        assertThat((Boolean) agent.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    }

    /** The near-breach row of a ticket's SLA clock of that metric. */
    static Locator row(Page page, String number, String metric) {
        return page.locator("#near-breach-clocks tbody tr[data-metric=" + metric + "][data-party=SLA]",
                new Page.LocatorOptions().setHas(page.locator("a", new Page.LocatorOptions().setHasText(number))));
    }
}
