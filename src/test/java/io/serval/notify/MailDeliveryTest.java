package io.serval.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.serval.identity.IdentityService;
import io.serval.notify.internal.MailDelivery;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import io.serval.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Mail through a real SMTP server (GreenMail on a free port): it arrives in the recipient's language; a server
 * that cannot be reached is tried again with growing waits, each attempt on record, then the mail FAILED; two
 * senders running at once send each mail once.
 */
@ServalTest
@TestPropertySource(properties = {"serval.mail.max-attempts=3", "serval.mail.backoff=PT1M",
        "serval.mail.from=serval@test.local", "serval.mail.base-url=https://serval.test",
        "spring.mail.properties.mail.smtp.connectiontimeout=3000", "spring.mail.properties.mail.smtp.timeout=3000"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailDeliveryTest {

    static final int SMTP_PORT = TestMail.freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = TestMail.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMail.use(registry, SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;

    @Autowired
    MailDelivery delivery;

    @Autowired
    IdentityService identity;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    TestClock clock;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClockAndServer() {
        clock.reset();
        mailSender.setPort(SMTP_PORT);
    }

    static Notice assigned(String recipient, String number) {
        return Notice.to(recipient, NoticeKind.TICKET_ASSIGNED).with("number", number).with("subject", "三楼打印机卡纸")
                .with("priority", "P2").with("group", "DESK").link("/tickets/7").byEmail().build();
    }

    @Test
    void aMailArrivesInTheRecipientsLanguage() throws Exception {
        identity.chooseLanguage("customer1", "en");
        notifications.send(assigned("customer1", "INC-2026-000001"));
        notifications.send(assigned("duty", "INC-2026-000002")); // never chose a language: Chinese

        assertThat(delivery.sendDue().sent()).isEqualTo(2);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage english = TestMail.find(received, "customer1@demo.serval.local");
        assertThat(english.getSubject()).isEqualTo("Ticket INC-2026-000001 (P2) assigned to you: 三楼打印机卡纸");
        String body = (String) english.getContent();
        assertThat(body).contains("Hello Alice (Customer A),")
                .contains("Ticket INC-2026-000001 \"三楼打印机卡纸\", priority P2, has been assigned to you (group: DESK).")
                .contains("https://serval.test/tickets/7");
        assertThat(english.getFrom()[0].toString()).isEqualTo("serval@test.local");
        MimeMessage chinese = TestMail.find(received, "duty@demo.serval.local");
        assertThat(chinese.getSubject()).isEqualTo("工单 INC-2026-000002（P2）已分派给您：三楼打印机卡纸");
        assertThat((String) chinese.getContent()).contains("李强 Li Qiang，您好：").contains("已分派给您（支持组：DESK）");

        List<JsonNode> sent = Api.as(port, "admin").get("/api/admin/mail?status=SENT&size=500").rows().values().stream()
                .filter(m -> List.of("customer1", "duty").contains(m.get("recipient").asString())).toList();
        assertThat(sent).hasSize(2).allSatisfy(m -> {
            assertThat(m.get("attempts").asInt()).isEqualTo(1);
            assertThat(m.get("address").asString()).isEqualTo(m.get("recipient").asString() + "@demo.serval.local");
        });
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: the other tests count the mails of a clean outbox
    void aP1OnACriticalServiceReachesTheDutyManagerByMail() throws Exception {
        String number = Api.as(port, "customer1").post("/api/tickets", """
                {"type":"INCIDENT","subject":"全公司收不到邮件","description":"Nobody receives mail","service":"EMAIL",
                 "impact":"HIGH","urgency":"HIGH"}""").json().get("number").asString();

        delivery.sendDue();

        MimeMessage toDuty = TestMail.find(smtp.getReceivedMessages(), identity.user("duty").email(), number);
        assertThat(toDuty.getSubject()).contains(number).contains("全公司收不到邮件");
    }

    @Test
    void anUnreachableServerIsTriedAgainWithGrowingWaitsThenTheMailFails() {
        mailSender.setPort(TestMail.freePort()); // nobody listens there
        notifications.send(assigned("engineer", "INC-2026-000003"));
        Api admin = Api.as(port, "admin");

        assertThat(delivery.sendDue().retrying()).isEqualTo(1);
        assertThat(delivery.sendDue().total()).as("not due again yet").isZero();
        clock.setTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(delivery.sendDue().retrying()).isEqualTo(1);
        clock.setTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(delivery.sendDue().total()).as("the second wait is twice the first").isZero();
        clock.setTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(delivery.sendDue().failed()).isEqualTo(1);
        clock.setTo(clock.instant().plus(Duration.ofHours(2)));
        assertThat(delivery.sendDue().total()).as("a failed mail is not tried again").isZero();

        JsonNode mail = admin.get("/api/admin/mail?status=FAILED").rows().get(0);
        assertThat(mail.get("attempts").asInt()).isEqualTo(3);
        assertThat(mail.get("lastReason").asString()).isEqualTo("mail.reason.sendFailed");
        assertThat(mail.get("lastError").asString()).contains("Connect");
        JsonNode attempts = admin.get("/api/admin/mail/" + mail.get("id").asLong()).json().get("attempts");
        assertThat(attempts).hasSize(3);
        List<Instant> times = new ArrayList<>();
        attempts.values().forEach(a -> {
            assertThat(a.get("outcome").asString()).isEqualTo("FAILED");
            assertThat(a.get("error").asString()).isNotBlank();
            times.add(Instant.parse(a.get("attemptedAt").asString()));
        });
        assertThat(Duration.between(times.get(0), times.get(1))).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(2));
        assertThat(Duration.between(times.get(1), times.get(2))).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(3));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void twoSendersAtOnceSendEachMailOnce() throws Exception {
        int mails = 30;
        for (int i = 0; i < mails; i++) {
            notifications.send(assigned("engineer", "INC-2026-1%05d".formatted(i)));
        }
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<MailDelivery.Report> first = CompletableFuture.supplyAsync(() -> await(start));
        CompletableFuture<MailDelivery.Report> second = CompletableFuture.supplyAsync(() -> await(start));
        start.countDown();

        int sent = first.get().sent() + second.get().sent();
        assertThat(sent).isEqualTo(mails);
        assertThat(smtp.getReceivedMessages()).hasSize(mails);
        assertThat(delivery.sendDue().total()).isZero();
    }

    private MailDelivery.Report await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return delivery.sendDue();
    }
}
