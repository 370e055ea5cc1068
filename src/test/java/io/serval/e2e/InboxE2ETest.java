package io.serval.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.serval.e2e.Browser.screenshot;
import static io.serval.e2e.Browser.submit;
import static io.serval.e2e.Browser.switchLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.serval.notify.Notice;
import io.serval.notify.NoticeKind;
import io.serval.notify.Notifications;
import io.serval.notify.internal.MailDelivery;
import io.serval.support.ServalTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bell in the navbar counts a user's unread notifications; the inbox lists them in the user's language and
 * marks them read one by one or all at once. Administrators see the outgoing mail, others are refused.
 */
@ServalTest
class InboxE2ETest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Notifications notifications;

    @Autowired
    MailDelivery delivery;

    @Test
    void theBellCountsUnreadNotificationsAndTheInboxMarksThemRead() {
        notifications.send(Notice.to("customer1", NoticeKind.TICKET_REPLIED).with("number", "INC-2026-000042")
                .with("subject", "VPN drops").with("author", "王敏 Wang Min").link("/").build());
        notifications.send(Notice.to("customer1", NoticeKind.TICKET_STATUS_CHANGED).with("number", "INC-2026-000041")
                .with("subject", "三楼打印机卡纸").withKey("status", "mail.status.SENT").build());
        notifications.send(Notice.to("customer2", NoticeKind.TICKET_REPLIED).with("number", "INC-2026-000043")
                .with("subject", "Not for customer1").with("author", "agent").build());

        Page page = browser.newPageAs("customer1");
        assertThat(page.locator("#inbox-badge")).hasText("2");
        page.locator("#nav-inbox").click();
        assertThat(page).hasURL(Pattern.compile(".*/inbox$"));
        assertThat(page.locator("#notifications tbody tr")).hasCount(2);
        assertThat(page.locator("#notifications")).containsText("New reply on ticket INC-2026-000042: VPN drops");
        assertThat(page.locator("#notifications")).not().containsText("Not for customer1");
        screenshot(page, "inbox-customer1-en");

        submit(page, "#notifications tbody tr:has-text('INC-2026-000042') .mark-read");
        assertThat(page.locator("#inbox-badge")).hasText("1");
        assertThat(page.locator("#notifications tbody tr:has-text('INC-2026-000042') .badge")).hasText("Read");

        switchLanguage(page, "zh");
        assertThat(page.locator("#notifications")).containsText("工单 INC-2026-000041 状态变为“已发送”：三楼打印机卡纸");
        screenshot(page, "inbox-customer1-zh");
        submit(page, "#mark-all-read");
        assertThat(page.locator("#inbox-badge")).hasCount(0);
        assertThat(page.locator(".alert-success")).hasText("所有通知已标为已读。");
        assertThat(page.locator("#notifications .mark-read")).hasCount(0);
    }

    @Test
    void administratorsSeeTheOutgoingMailOthersAreRefused() {
        notifications.send(Notice.to("duty", NoticeKind.TICKET_MAJOR_INCIDENT).with("number", "INC-2026-000044")
                .with("subject", "核心网络中断").with("priority", "P1").with("service", "NETWORK").byEmail().build());
        delivery.sendDue(); // no mail server in the demo

        Page admin = browser.newPageAs("admin");
        admin.locator("#nav-admin").click();
        admin.locator("#nav-mail").click();
        assertThat(admin).hasURL(Pattern.compile(".*/admin/mail$"));
        assertThat(admin.locator("#mails")).containsText("duty");
        assertThat(admin.locator("#mails")).containsText("Major incident");
        assertThat(admin.locator("#mails")).containsText("Not sent");
        assertThat(admin.locator("#mails")).containsText("No mail server is configured");
        screenshot(admin, "admin-mail-en");
        admin.locator("#mail-status").selectOption("SENT");
        admin.locator("#mail-filter button[type=submit]").click();
        assertThat(admin.locator(".list-empty")).isVisible();

        Page agent = browser.newPageAs("agent");
        assertThat(agent.navigate("/admin/mail").status()).isEqualTo(403);
    }
}
