package io.serval.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.notify.internal.MailDelivery;
import io.serval.support.Api;
import io.serval.support.PageSession;
import io.serval.support.ServalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Notices reach the recipient's inbox in their language, only theirs, and go by mail through the outbox only
 * when the caller's change is saved; with no mail server (the demo), the mail is recorded as not sent.
 */
@ServalTest
class NotificationsTest {

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;

    @Autowired
    MailDelivery delivery;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    static Notice resolved(String recipient) {
        return Notice.to(recipient, NoticeKind.TICKET_STATUS_CHANGED).with("number", "INC-2026-000123")
                .with("subject", "三楼打印机卡纸").withKey("status", "mail.status.SENT").link("/tickets/123").byEmail()
                .build();
    }

    @Test
    void aNoticeIsNotWrittenWhenTheCallersChangeRollsBack() {
        int inboxBefore = count("notification");
        int outboxBefore = count("mail_outbox");
        transaction.executeWithoutResult(status -> {
            notifications.send(resolved("customer1"));
            assertThat(count("mail_outbox")).isEqualTo(outboxBefore + 1); // written with the change…
            status.setRollbackOnly();
        });
        assertThat(count("notification")).isEqualTo(inboxBefore); // …and gone with it
        assertThat(count("mail_outbox")).isEqualTo(outboxBefore);

        transaction.executeWithoutResult(status -> notifications.send(resolved("customer1")));
        assertThat(count("notification")).isEqualTo(inboxBefore + 1);
        assertThat(count("mail_outbox")).isEqualTo(outboxBefore + 1);
    }

    @Test
    void theInboxShowsTheRecipientTheirNoticesInTheirLanguageAndNobodyElse() {
        notifications.send(resolved("customer2"));
        notifications.send(Notice.to("customer2", NoticeKind.TICKET_REPLIED).with("number", "INC-2026-000124")
                .with("subject", "VPN").with("author", "王敏").build());
        Api customer2 = Api.as(port, "customer2");
        Api other = Api.as(port, "customer1");

        JsonNode english = customer2.inLanguage("en").get("/api/notifications").rows();
        assertThat(english).hasSize(2);
        assertThat(english.get(0).get("text").asString()).isEqualTo("New reply on ticket INC-2026-000124: VPN");
        assertThat(english.get(1).get("text").asString()).isEqualTo("Ticket INC-2026-000123 is now Sent: 三楼打印机卡纸");
        assertThat(english.get(1).get("arguments").get("status").get("key").asString()).isEqualTo("mail.status.SENT");
        assertThat(english.get(1).get("link").asString()).isEqualTo("/tickets/123");
        JsonNode chinese = Api.as(port, "customer2").inLanguage("zh-CN").get("/api/notifications").rows();
        assertThat(chinese.get(1).get("text").asString()).isEqualTo("工单 INC-2026-000123 状态变为“已发送”：三楼打印机卡纸");
        assertThat(customer2.get("/api/notifications/unread").json().get("unread").asLong()).isEqualTo(2);

        long id = english.get(1).get("id").asLong();
        assertThat(other.get("/api/notifications").rows().values()).noneMatch(n -> n.get("id").asLong() == id);
        assertThat(other.post("/api/notifications/" + id + "/read", "").status()).isEqualTo(404);
        assertThat(other.post("/api/notifications/read-all", "").json().get("marked").asInt()).isZero();
        assertThat(customer2.get("/api/notifications/unread").json().get("unread").asLong()).isEqualTo(2);

        JsonNode read = customer2.post("/api/notifications/" + id + "/read", "").json();
        assertThat(read.get("read").asBoolean()).isTrue();
        assertThat(customer2.get("/api/notifications?unread=true").rows()).hasSize(1);
        assertThat(customer2.post("/api/notifications/read-all", "").json().get("marked").asInt()).isEqualTo(1);
        assertThat(customer2.get("/api/notifications/unread").json().get("unread").asLong()).isZero();
    }

    @Test
    void withoutAMailServerTheMailIsRecordedAsNotSentAndNotTriedAgain() {
        notifications.send(resolved("agent"));
        assertThat(delivery.sendDue().notSent()).isPositive();
        assertThat(delivery.sendDue().total()).isZero(); // not tried again

        Api admin = Api.as(port, "admin");
        JsonNode mail = admin.get("/api/admin/mail?status=NOT_SENT&sort=created&dir=desc").rows().get(0);
        assertThat(mail.get("recipient").asString()).isEqualTo("agent");
        assertThat(mail.get("lastReason").asString()).isEqualTo("mail.reason.noServer");
        assertThat(mail.get("attempts").asInt()).isEqualTo(1);
        JsonNode attempts = admin.get("/api/admin/mail/" + mail.get("id").asLong()).json().get("attempts");
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0).get("outcome").asString()).isEqualTo("NOT_SENT");
        assertThat(admin.get("/api/admin/mail?status=SENT").rows()).isEmpty();
    }

    @Test
    void onlyAdministratorsSeeTheOutgoingMail() {
        notifications.send(resolved("agent"));
        delivery.sendDue();
        assertThat(Api.as(port, "agent").get("/api/admin/mail").status()).isEqualTo(403);
        assertThat(Api.as(port, "customer1").get("/api/admin/mail/1").status()).isEqualTo(403);

        PageSession admin = new PageSession(port).inLanguage("zh-CN");
        admin.logIn("admin", "demo");
        PageSession.Page page = admin.get("/admin/mail?status=NOT_SENT");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("未配置邮件服务器").contains("未发送").contains("工单状态变更");
        PageSession agent = new PageSession(port);
        agent.logIn("agent", "demo");
        assertThat(agent.get("/admin/mail").status()).isEqualTo(403);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

}
