package io.serval.desk.internal;

import io.serval.agreement.PriorityMatrices;
import io.serval.catalog.ServiceCatalog;
import io.serval.catalog.ServiceView;
import io.serval.core.SeedData;
import io.serval.core.ServalProperties;
import io.serval.desk.Severity;
import io.serval.desk.TicketStatus;
import io.serval.desk.TicketType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of service desk history for the demo (3,000 tickets by default, {@code serval.desk.demo-tickets}):
 * incidents, requests, enquiries and suggestions from the demo customers on the demo services, in Chinese and
 * English, with their status history, replies and internal notes; older tickets closed, recent ones still open.
 * Written in batches straight to the desk's tables (a deterministic random, so every start loads the same).
 */
@Component
class DemoTicketSeed implements SeedData {

    /** Subjects with a description, per kind of service (zh / en). */
    private static final List<String[]> IT_ISSUES = List.of(
            new String[] {"三楼打印机卡纸", "打印时每张都卡纸 / Every sheet jams when printing"},
            new String[] {"邮件发不出去", "发件箱里的邮件一直未发送 / Mail stays in the outbox"},
            new String[] {"VPN 连接频繁断开", "在家办公时 VPN 每十分钟断一次 / VPN drops every ten minutes from home"},
            new String[] {"Laptop will not start", "电脑开机黑屏 / Black screen at power-on"},
            new String[] {"无法登录 ERP", "密码正确但提示账户锁定 / Account locked although the password is right"},
            new String[] {"Shared drive is slow", "打开共享盘文件要等一分钟 / Opening a shared file takes a minute"},
            new String[] {"会议室投影仪无信号", "二楼大会议室投影仪无信号 / No signal on the 2nd-floor projector"},
            new String[] {"Outlook calendar not syncing", "手机上看不到新的会议 / New meetings do not show on the phone"});
    private static final List<String[]> FIELD_ISSUES = List.of(
            new String[] {"小区停电", "幸福小区 3 号楼整栋停电 / Building 3 of Xingfu estate has no power"},
            new String[] {"电表读数异常", "本月电表读数是上月的十倍 / This month's reading is ten times last month's"},
            new String[] {"申请安装新电表", "新店铺需要安装三相电表 / A new shop needs a three-phase meter"},
            new String[] {"Street light out", "人民路路灯不亮 / The street lights on Renmin Road are out"},
            new String[] {"线路老化冒火花", "配电箱有火花 / Sparks at the distribution box"});
    private static final List<String> REPLIES = List.of(
            "已收到，正在处理 / Received, we are on it",
            "请提供截图 / Please send a screenshot",
            "已派工程师上门 / An engineer is on the way",
            "问题已解决，请确认 / Fixed, please confirm");
    private static final List<String> NOTES = List.of(
            "已联系二线 / Called the 2nd line",
            "供应商备件下周到 / Supplier's spare part arrives next week",
            "与上周的问题相同 / Same problem as last week");

    private final JdbcTemplate jdbc;
    private final ServiceCatalog catalog;
    private final PriorityMatrices priorities;
    private final ServalProperties serval;
    private final DeskProperties desk;
    private final Clock clock;

    DemoTicketSeed(JdbcTemplate jdbc, ServiceCatalog catalog, PriorityMatrices priorities, ServalProperties serval,
            DeskProperties desk, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.priorities = priorities;
        this.serval = serval;
        this.desk = desk;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return 50; // after the catalog and the agreements, whose guidelines give the priorities
    }

    @Override
    @Transactional
    public void seed() {
        if (!serval.demo() || desk.demoTickets() <= 0
                || jdbc.queryForObject("select count(*) from ticket", Long.class) > 0) {
            return;
        }
        List<String> services = catalog.list().stream().map(ServiceView::code).toList();
        if (services.isEmpty()) {
            return;
        }
        Random random = new Random(20261124);
        Instant now = clock.instant();
        Map<String, PriorityMatrices.Priority> priorityCache = new HashMap<>();
        List<Object[]> tickets = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<Object[]> comments = new ArrayList<>();
        String[][] customers = {{"customer1", "CUST-A"}, {"customer2", "CUST-B"}};
        for (int n = 0; n < desk.demoTickets(); n++) {
            String[] customer = customers[random.nextInt(customers.length)];
            String service = services.get(random.nextInt(services.size()));
            boolean field = service.startsWith("POWER") || service.startsWith("METER");
            String[] issue = (field ? FIELD_ISSUES : IT_ISSUES).get(random.nextInt((field ? FIELD_ISSUES : IT_ISSUES).size()));
            TicketType type = random.nextInt(10) < 6 ? TicketType.INCIDENT
                    : random.nextInt(4) < 3 ? TicketType.SERVICE_REQUEST : random.nextBoolean() ? TicketType.ENQUIRY : TicketType.SUGGESTION;
            Severity impact = Severity.values()[weighted(random)];
            Severity urgency = Severity.values()[weighted(random)];
            PriorityMatrices.Priority priority = priorityCache.computeIfAbsent(customer[1] + service + impact + urgency,
                    k -> priorities.find(customer[1], service, impact.name(), urgency.name(), LocalDate.now(clock)));
            // spread over the past year, more recent tickets more often
            Instant created = now.minus(Duration.ofMinutes((long) (Math.pow(random.nextDouble(), 1.5) * 365 * 24 * 60)));
            long ageDays = Duration.between(created, now).toDays();
            TicketStatus status = ageDays > 14 ? (random.nextInt(20) == 0 ? TicketStatus.REJECTED : TicketStatus.CLOSED)
                    : TicketStatus.values()[random.nextInt(TicketStatus.values().length)];
            String group = status == TicketStatus.NEW ? null : field || random.nextInt(3) == 0 ? "NETWORK" : "DESK";
            String assignee = group == null ? null : "NETWORK".equals(group) ? "engineer" : "agent";
            Instant resolved = status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED
                    ? created.plus(Duration.ofMinutes(30 + random.nextInt(60 * 48))) : null;
            if (resolved != null && resolved.isAfter(now)) {
                resolved = now;
            }
            Instant closed = status == TicketStatus.CLOSED ? resolved.plus(Duration.ofHours(1 + random.nextInt(72))) : null;
            if (closed != null && closed.isAfter(now)) {
                closed = now;
            }
            long next = jdbc.queryForObject("select nextval('ticket_number_seq')", Long.class);
            String id = "%s-%d-%06d".formatted(type.prefix(), LocalDate.ofInstant(created, clock.getZone()).getYear(), next);
            Instant updated = closed != null ? closed : resolved != null ? resolved : created;
            tickets.add(new Object[] {id,
                    type.name(), issue[0], issue[1], Ticket.searchText(id, issue[0], issue[1]), customer[1], customer[0], service, impact.name(), urgency.name(),
                    priority.priority(), priority.agreement(), status.name(), group, assignee, ts(resolved), ts(closed), ts(created), customer[0], ts(updated),
                    assignee == null ? customer[0] : assignee});
            history.add(new Object[] {id, null, TicketStatus.NEW.name(), customer[0], ts(created)});
            if (group != null) {
                history.add(new Object[] {id, TicketStatus.NEW.name(), status == TicketStatus.REJECTED ? status.name()
                        : TicketStatus.ASSIGNED.name(), "agent", ts(created.plus(Duration.ofMinutes(5 + random.nextInt(40))))});
            }
            if (resolved != null) {
                history.add(new Object[] {id, TicketStatus.ASSIGNED.name(), TicketStatus.RESOLVED.name(), assignee, ts(resolved)});
            }
            if (closed != null) {
                history.add(new Object[] {id, TicketStatus.RESOLVED.name(), TicketStatus.CLOSED.name(), customer[0], ts(closed)});
            }
            if (group != null) {
                comments.add(new Object[] {id, REPLIES.get(random.nextInt(REPLIES.size())), false, assignee,
                        ts(created.plus(Duration.ofMinutes(10)))});
                if (random.nextInt(3) == 0) {
                    comments.add(new Object[] {id, NOTES.get(random.nextInt(NOTES.size())), true, assignee,
                            ts(created.plus(Duration.ofMinutes(20)))});
                }
            }
        }
        jdbc.batchUpdate("""
                insert into ticket (number, ticket_type, subject, description, search_text, organisation_code, customer_username,
                    service_code, impact, urgency, priority, priority_source, status, assignment_group, assignee,
                    resolved_at, closed_at, version, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""", tickets);
        // history and comments name their ticket by number until the database has given it its id
        jdbc.batchUpdate("""
                insert into ticket_status_change (ticket_id, from_status, to_status, actor, changed_at)
                values ((select id from ticket where number = ?), ?, ?, ?, ?)""", history);
        jdbc.batchUpdate("""
                insert into ticket_comment (ticket_id, text, internal, author, created_at)
                values ((select id from ticket where number = ?), ?, ?, ?, ?)""", comments);
    }

    /** Mostly medium, sometimes low, seldom high. */
    private static int weighted(Random random) {
        int r = random.nextInt(10);
        return r < 2 ? 0 : r < 7 ? 1 : 2;
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
