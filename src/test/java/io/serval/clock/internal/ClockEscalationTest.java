package io.serval.clock.internal;

import static io.serval.clock.internal.FiredRecords.cst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.serval.agreement.EscalationStep;
import io.serval.agreement.MeasuredTargets;
import io.serval.calendar.CalendarService;
import io.serval.desk.GroupLeads;
import io.serval.identity.IdentityService;
import io.serval.notify.Notifications;
import io.serval.notify.internal.MailDelivery;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import io.serval.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who hears of a clock's thresholds, by the escalation rules of agreements set up through the agreement API: the
 * assignee, the group lead, the duty managers and the service level managers each get one notice (inbox and mail,
 * through a real SMTP server) in their own language; a breach under an agreement without rules goes to the assignee
 * and the duty managers; under quiet hours a warning's mail waits for the next working instant.
 */
@ServalTest
@TestPropertySource(properties = "serval.mail.base-url=https://serval.test")
class ClockEscalationTest {

    static final int SMTP_PORT = TestMail.freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = TestMail.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMail.use(registry, SMTP_PORT);
    }

    static final Instant MONDAY = cst("2026-11-23T09:00");

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    ThresholdPass pass;

    @Autowired
    MailDelivery delivery;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClockStore store;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    GroupLeads leads;

    @Autowired
    Notifications notifications;

    @Autowired
    CalendarService calendars;

    @Autowired
    ClockProperties properties;

    FiredRecords records;

    @BeforeEach
    void fireWhatOthersLeft() throws Exception {
        records = new FiredRecords(jdbc);
        FiredRecords.drain(pass, clock);
        delivery.sendDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Creates the agreement through the API as the service level manager and puts it in force. */
    void publish(String code, String document) {
        Api slm = Api.as(port, "slm");
        assertThat(slm.post("/api/agreements", document).status()).as("created").isEqualTo(201);
        slm.post("/api/agreements/" + code + "/submit", "");
        slm.post("/api/agreements/" + code + "/approve", "");
        Api.Response published = slm.post("/api/agreements/" + code + "/publish", "");
        assertThat(published.json().get("status").asString()).as("published: %s", published).isEqualTo("PUBLISHED");
    }

    @Test
    void theAgreementsRulesNameWhoHearsOfEachThresholdOnceInTheirOwnLanguage() throws Exception {
        publish("SLA-B-DESK", """
                {"type":"SLA","code":"SLA-B-DESK","nameZh":"客户乙桌面服务","nameEn":"Customer B desktop service",
                 "parent":"SLA-CUST-B","services":["DESKTOP"],"calendar":"cn-standard",
                 "targets":[{"code":"RES-P3","metric":"RESOLUTION","priority":"P3","duration":"PT9H","warnings":[50,75,90]}],
                 "escalations":[{"atPercent":50,"recipients":["ASSIGNEE"]},
                                {"atPercent":75,"recipients":["ASSIGNEE","GROUP_LEAD"]},
                                {"atPercent":90,"recipients":["SERVICE_LEVEL_MANAGER"]},
                                {"atPercent":100,"recipients":["DUTY_MANAGER","SERVICE_LEVEL_MANAGER","GROUP_LEAD","CUSTOMER"]}]}""");
        identity.chooseLanguage("slm", "en"); // the duty manager (lead of DESK) and the agent never chose: Chinese
        clock.freeze(MONDAY);
        FiredRecords.Ticket ticket = FiredRecords.raise(port, "customer2", "DESKTOP", "MEDIUM", "MEDIUM",
                "桌面死机 Desktop freezes", "RESOLUTION");
        FiredRecords.take(port, ticket.id());
        assertThat(ticket.priority()).isEqualTo("P3");
        assertThat(FiredRecords.clock(Api.as(port, "agent"), ticket.id(), "RESOLUTION", "SLA").get("agreement").asString())
                .isEqualTo("SLA-B-DESK");

        // 9 h from Monday 09:00 are used up at 18:00; the breach is Tuesday's first working second
        clock.freeze(cst("2026-11-24T10:00"));
        assertThat(pass.fireDue()).isEqualTo(4);
        String n = ticket.number();
        List<String> expected = List.of(
                "agent clock.warning " + n + " clock.metric.RESOLUTION 50 SLA",
                "agent clock.warning " + n + " clock.metric.RESOLUTION 75 SLA",
                "duty clock.warning " + n + " clock.metric.RESOLUTION 75 SLA",
                "slm clock.warning " + n + " clock.metric.RESOLUTION 90 SLA",
                "duty clock.breached " + n + " clock.metric.RESOLUTION 100 SLA",
                "slm clock.breached " + n + " clock.metric.RESOLUTION 100 SLA");
        assertThat(records.notices(List.of(n))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(records.mails(List.of(n))).containsExactlyInAnyOrderElementsOf(expected);

        delivery.sendDue();
        MimeMessage[] received = Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(n)
                && (subject(m).contains("resolution time") || subject(m).contains("解决时间"))).toArray(MimeMessage[]::new);
        assertThat(received).hasSize(6);
        String duty = identity.user("duty").email();
        String slm = identity.user("slm").email();
        String agent = identity.user("agent").email();
        assertThat(TestMail.find(received, slm, "breached").getSubject())
                .isEqualTo(n + ": resolution time target breached (P3), was due 2026-11-23 18:00");
        assertThat(TestMail.find(received, slm, "90%").getSubject())
                .isEqualTo(n + ": 90% of the resolution time target used (P3), due 2026-11-23 18:00");
        MimeMessage toDuty = TestMail.find(received, duty, "违约");
        assertThat(toDuty.getSubject()).isEqualTo(n + "：解决时间已违约（P3），原定 2026-11-23 18:00 到期");
        assertThat((String) toDuty.getContent()).contains("原定于 2026-11-23 18:00 到期")
                .contains("https://serval.test/tickets/" + ticket.id());
        assertThat(TestMail.find(received, agent, "50%").getSubject())
                .isEqualTo(n + "：解决时间已用去 50%（P3），到期 2026-11-23 18:00");
        assertThat(pass.fireDue()).isZero();
    }

    @Test
    void aBreachUnderAnAgreementWithoutRulesGoesToTheAssigneeAndTheDutyManagers() {
        publish("SLA-B-EMAIL", """
                {"type":"SLA","code":"SLA-B-EMAIL","nameZh":"客户乙邮件服务","nameEn":"Customer B e-mail service",
                 "customer":"CUST-B","services":["EMAIL"],"calendar":"cn-standard",
                 "targets":[{"code":"RES","metric":"RESOLUTION","duration":"PT9H"}]}""");
        clock.freeze(MONDAY);
        FiredRecords.Ticket ticket = FiredRecords.raise(port, "customer2", "EMAIL", "MEDIUM", "MEDIUM",
                "收不到邮件 No mail", "RESOLUTION");
        FiredRecords.move(port, ticket.id(), "{\"to\":\"ASSIGNED\",\"assignee\":\"engineer\",\"group\":\"NETWORK\"}");
        assertThat(FiredRecords.clock(Api.as(port, "agent"), ticket.id(), "RESOLUTION", "SLA").get("agreement").asString())
                .isEqualTo("SLA-B-EMAIL");

        clock.freeze(cst("2026-11-24T10:00"));
        assertThat(pass.fireDue()).isEqualTo(4);
        String about = " " + ticket.number() + " clock.metric.RESOLUTION 100 SLA";
        List<String> expected = List.of("engineer clock.breached" + about, "duty clock.breached" + about);
        assertThat(records.notices(List.of(ticket.number()))).as("no warning without a rule")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(records.mails(List.of(ticket.number()))).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * Quiet hours cannot be written in an agreement yet (the rules in force all read quietHours false): the rule is
     * stubbed, the escalation itself and the outbox are real.
     */
    @Test
    void underQuietHoursAWarningsMailWaitsForTheNextWorkingInstantButABreachAndAP1GoAtOnce() throws Exception {
        clock.freeze(MONDAY);
        FiredRecords.Ticket ticket = FiredRecords.raise(port, "customer2", "DESKTOP", "MEDIUM", "MEDIUM",
                "夜间测试 Quiet hours", "RESOLUTION");
        FiredRecords.take(port, ticket.id());
        StoredClock c = store.ofRecord("TICKET", ticket.id()).stream()
                .filter(s -> s.id == ticket.clock()).findFirst().orElseThrow();
        MeasuredTargets rules = mock(MeasuredTargets.class);
        when(rules.escalations(c.terms().agreement())).thenReturn(List.of(
                new EscalationStep(75, null, List.of("ASSIGNEE"), true),
                new EscalationStep(100, null, List.of("ASSIGNEE"), true)));
        ThresholdEscalations quiet = new ThresholdEscalations(rules, leads, identity, notifications, calendars,
                properties, (Clock) clock);

        Instant evening = cst("2026-11-23T20:00");
        clock.freeze(evening);
        transactions.executeWithoutResult(s -> escalate(quiet, c, 75, evening));
        transactions.executeWithoutResult(s -> escalate(quiet, c, 100, evening));
        c.priority = "P1";
        transactions.executeWithoutResult(s -> escalate(quiet, c, 75, evening));
        c.priority = "P3";
        Instant tuesday = cst("2026-11-24T10:00");
        clock.freeze(tuesday);
        transactions.executeWithoutResult(s -> escalate(quiet, c, 75, tuesday));

        List<Map<String, Object>> mails = jdbc.queryForList("""
                select kind, created_at, next_attempt_at from mail_outbox
                where recipient = 'agent' and kind like 'clock.%' and arguments like ? order by id""",
                "%" + ticket.number() + "%");
        assertThat(mails).extracting(m -> m.get("kind") + " " + instant(m.get("created_at")) + " → "
                + instant(m.get("next_attempt_at"))).containsExactly(
                "clock.warning " + evening + " → " + cst("2026-11-24T09:00"),
                "clock.breached " + evening + " → " + evening,
                "clock.warning " + evening + " → " + evening,
                "clock.warning " + tuesday + " → " + tuesday);
        assertThat(jdbc.queryForObject("""
                select count(*) from notification where recipient = 'agent' and kind like 'clock.%' and arguments like ?
                  and created_at = ?""", Long.class, "%" + ticket.number() + "%", java.sql.Timestamp.from(evening)))
                .as("the inbox is not held").isEqualTo(3);

        clock.freeze(evening);
        delivery.sendDue();
        assertThat(toAgentAbout(ticket.number())).isEqualTo(2);
        clock.freeze(cst("2026-11-24T09:00"));
        delivery.sendDue();
        assertThat(toAgentAbout(ticket.number())).isEqualTo(3);
    }

    private long toAgentAbout(String number) {
        String agent = identity.user("agent").email();
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains(number) && subject(m).contains("解决时间") && recipient(m).equals(agent))
                .count();
    }

    private static Instant instant(Object timestamp) {
        return ((java.sql.Timestamp) timestamp).toInstant();
    }

    private static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void escalate(ThresholdEscalations escalations, StoredClock c, int percent, Instant now) {
        ThresholdEscalations.Batch batch = escalations.batch();
        batch.escalate(c, percent, now);
        batch.send();
    }
}
