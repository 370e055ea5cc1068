package io.serval.desk.internal;

import io.serval.agreement.PriorityMatrices;
import io.serval.catalog.ServiceCatalog;
import io.serval.catalog.ServiceView;
import io.serval.core.SeedData;
import io.serval.core.ServalProperties;
import io.serval.desk.Severity;
import io.serval.desk.TicketHistoryLoaded;
import io.serval.desk.TicketMeasured;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of service desk history for the demo (3,000 tickets by default, {@code serval.desk.demo-tickets}):
 * incidents, requests, enquiries and suggestions from the demo customers on the demo services, in Chinese and
 * English, with their status history, replies and internal notes; older tickets closed, recent ones still open.
 * Written in batches straight to the desk's tables (a deterministic random, so every start loads the same); then
 * each ticket's history is told to the clocks ({@link TicketHistoryLoaded}), which replay it as they would have
 * followed it live: the demo's clocks, met and missed targets, breach causes and near breaches are the ones its
 * history gives.
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

    /** Tickets per {@link TicketHistoryLoaded}: the clocks replay them a chunk at a time. */
    private static final int REPLAY_CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final ServiceCatalog catalog;
    private final PriorityMatrices priorities;
    private final ServalProperties serval;
    private final DeskProperties desk;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DemoTicketSeed(JdbcTemplate jdbc, ServiceCatalog catalog, PriorityMatrices priorities, ServalProperties serval,
            DeskProperties desk, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.priorities = priorities;
        this.serval = serval;
        this.desk = desk;
        this.clock = clock;
        this.events = events;
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
        Random detail = new Random(20261125); // the moves in between
        Instant now = clock.instant();
        Map<String, PriorityMatrices.Priority> priorityCache = new HashMap<>();
        List<Object[]> tickets = new ArrayList<>();
        List<History> histories = new ArrayList<>();
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
                    : recent(random, ageDays);
            String group = status == TicketStatus.NEW ? null : field || random.nextInt(3) == 0 ? "NETWORK" : "DESK";
            Instant resolved = status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED
                    ? created.plus(Duration.ofMinutes(30 + random.nextInt(60 * 48))) : null;
            Duration closingAfter = status == TicketStatus.CLOSED ? Duration.ofHours(1 + random.nextInt(72)) : null;
            long next = jdbc.queryForObject("select nextval('ticket_number_seq')", Long.class);
            String id = "%s-%d-%06d".formatted(type.prefix(), LocalDate.ofInstant(created, clock.getZone()).getYear(), next);
            Instant assigned = group == null ? null : created.plus(Duration.ofMinutes(5 + random.nextInt(40)));

            History history = new History(id, type, customer[1], service, priority.priority(), created, customer[0]);
            if (assigned != null) {
                history.assign(status, group, assignee(group), min(assigned, now), detail, now);
            }
            if (resolved != null) {
                history.resolve(after(history.last, resolved, now), detail, now);
            }
            if (status == TicketStatus.REJECTED && ageDays > 14) { // long since closed unresolved: its clocks cancelled
                history.move(TicketStatus.CLOSED, "agent",
                        after(history.last, history.last.plus(Duration.ofHours(24 + detail.nextInt(48))), now));
            }
            if (closingAfter != null) {
                history.move(TicketStatus.CLOSED, customer[0], after(history.last, history.last.plus(closingAfter), now));
            }
            histories.add(history);
            tickets.add(new Object[] {id,
                    type.name(), issue[0], issue[1], Ticket.searchText(id, issue[0], issue[1]), customer[1], customer[0], service, impact.name(), urgency.name(),
                    priority.priority(), priority.agreement(), history.status.name(), history.group, history.assignee,
                    ts(history.resolvedAt), ts(history.closedAt), ts(history.respondedAt), history.supplier, ts(created),
                    customer[0], ts(history.last), history.assignee == null ? customer[0] : history.assignee});
            if (group != null) {
                String author = history.assignee;
                comments.add(new Object[] {id, REPLIES.get(random.nextInt(REPLIES.size())), false, author,
                        ts(history.answered(Duration.ofMinutes(5)))});
                if (random.nextInt(3) == 0) {
                    comments.add(new Object[] {id, NOTES.get(random.nextInt(NOTES.size())), true, author,
                            ts(history.answered(Duration.ofMinutes(15)))});
                }
            }
        }
        jdbc.batchUpdate("""
                insert into ticket (number, ticket_type, subject, description, search_text, organisation_code, customer_username,
                    service_code, impact, urgency, priority, priority_source, status, assignment_group, assignee,
                    resolved_at, closed_at, responded_at, supplier_code, version, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""", tickets);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, number from ticket", rs -> {
            ids.put(rs.getString("number"), rs.getLong("id"));
        });
        List<Object[]> moves = new ArrayList<>();
        histories.forEach(h -> h.moves.forEach(m -> moves.add(new Object[] {ids.get(h.number), m.from == null ? null
                : m.from.name(), m.to.name(), m.actor, ts(m.at)})));
        jdbc.batchUpdate("""
                insert into ticket_status_change (ticket_id, from_status, to_status, actor, changed_at)
                values (?, ?, ?, ?, ?)""", moves);
        comments.forEach(c -> c[0] = ids.get((String) c[0]));
        jdbc.batchUpdate("insert into ticket_comment (ticket_id, text, internal, author, created_at) values (?, ?, ?, ?, ?)",
                comments);
        // the clocks replay each ticket's history, a chunk of tickets at a time
        for (int from = 0; from < histories.size(); from += REPLAY_CHUNK) {
            List<TicketMeasured> steps = new ArrayList<>();
            histories.subList(from, Math.min(histories.size(), from + REPLAY_CHUNK))
                    .forEach(h -> steps.addAll(h.measured(ids.get(h.number))));
            events.publishEvent(new TicketHistoryLoaded(steps));
        }
    }

    /**
     * A recent ticket's status: the older it is, the likelier the desk is done with it, so that the open ones are
     * mostly young: a few over their targets, some near, most with time to spare (the near-breach view's mix).
     */
    private static TicketStatus recent(Random random, long ageDays) {
        TicketStatus status = TicketStatus.values()[random.nextInt(TicketStatus.values().length)];
        if (status.compareTo(TicketStatus.PENDING_SUPPLIER) <= 0 && random.nextDouble() > Math.exp(-ageDays / 3.0)) {
            return random.nextBoolean() ? TicketStatus.RESOLVED : TicketStatus.CLOSED;
        }
        return status;
    }

    private static String assignee(String group) {
        return "NETWORK".equals(group) ? "engineer" : "agent";
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** An instant in a ticket's life near {@code wanted}: some minutes after its last move at the earliest, now at the latest. */
    private static Instant after(Instant last, Instant wanted, Instant now) {
        Instant at = wanted.isBefore(last.plus(Duration.ofMinutes(10))) ? last.plus(Duration.ofMinutes(10)) : wanted;
        return at.isAfter(now) ? now : at;
    }

    /** The instant {@code share} of the way from {@code from} to {@code to}. */
    private static Instant between(Instant from, Instant to, double share) {
        return from.plus(Duration.ofSeconds((long) (Duration.between(from, to).getSeconds() * share)));
    }

    private record Move(TicketStatus from, TicketStatus to, String actor, Instant at) {
    }

    /** Where a ticket stood after a move, as {@link TicketMeasured} tells it. */
    private record Step(TicketStatus status, String group, String assignee, String supplier, Instant respondedAt,
            Instant resolvedAt, Instant at) {
    }

    /**
     * One ticket's life as the demo makes it up: its moves (the status history) and, after each, where it stood as
     * the desk would have told the clocks then ({@link TicketMeasured}, without the id the database gives it later).
     */
    private static final class History {

        final String number;
        final TicketType type;
        final String organisation;
        final String service;
        final String priority;
        final List<Move> moves = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();
        TicketStatus status = TicketStatus.NEW;
        String group;
        String assignee;
        String supplier;
        Instant respondedAt;
        Instant resolvedAt;
        Instant closedAt;
        Instant last;

        History(String number, TicketType type, String organisation, String service, String priority, Instant created,
                String customer) {
            this.number = number;
            this.type = type;
            this.organisation = organisation;
            this.service = service;
            this.priority = priority;
            this.last = created;
            moves.add(new Move(null, TicketStatus.NEW, customer, created));
            step(created);
        }

        /**
         * Taken by a team's person, then (for the demo's open statuses) worked on and put on hold; now and then
         * passed from the service desk to the network team on the way. A rejection names who rejected it.
         */
        void assign(TicketStatus finalStatus, String toGroup, String person, Instant at, Random detail, Instant now) {
            group = toGroup;
            assignee = person;
            respondedAt = at;
            move(finalStatus == TicketStatus.REJECTED ? TicketStatus.REJECTED : TicketStatus.ASSIGNED, "agent", at);
            if (finalStatus == TicketStatus.REJECTED || finalStatus == TicketStatus.ASSIGNED) {
                return;
            }
            if ("DESK".equals(group) && detail.nextInt(6) == 0) {
                group = "NETWORK";
                assignee = assignee(group);
                move(TicketStatus.ASSIGNED, "agent", after(at, at.plus(Duration.ofMinutes(detail.nextInt(120))), now));
            }
            if (finalStatus == TicketStatus.IN_PROGRESS || finalStatus == TicketStatus.PENDING_CUSTOMER
                    || finalStatus == TicketStatus.PENDING_SUPPLIER) {
                move(TicketStatus.IN_PROGRESS, assignee, between(last, now, 0.3 * detail.nextDouble()));
                if (finalStatus != TicketStatus.IN_PROGRESS) {
                    hold(finalStatus, between(last, now, 0.5 * detail.nextDouble()));
                }
            }
        }

        /**
         * Resolved at {@code at}, a quarter of such tickets after waiting a while for the customer or a supplier, one
         * in ten days later than that (a hard case).
         */
        void resolve(Instant wanted, Random detail, Instant now) {
            Instant at = detail.nextInt(10) == 0 ? after(last, wanted.plus(Duration.ofDays(2 + detail.nextInt(6))), now)
                    : wanted;
            if (detail.nextInt(4) == 0) {
                hold(detail.nextInt(5) < 3 ? TicketStatus.PENDING_CUSTOMER : TicketStatus.PENDING_SUPPLIER,
                        between(last, at, 0.5 * detail.nextDouble()));
                move(TicketStatus.IN_PROGRESS, assignee, between(last, at, 0.3 + 0.6 * detail.nextDouble()));
            }
            resolvedAt = at;
            move(TicketStatus.RESOLVED, assignee, at);
        }

        private void hold(TicketStatus pending, Instant at) {
            supplier = pending == TicketStatus.PENDING_SUPPLIER ? "PROV-1" : supplier;
            move(pending, assignee, at);
        }

        void move(TicketStatus to, String actor, Instant at) {
            moves.add(new Move(status, to, actor, at));
            status = to;
            if (to == TicketStatus.CLOSED) {
                closedAt = at;
            }
            last = at;
            step(at);
        }

        /** The instant {@code after} the ticket was taken, for the replies and notes. */
        Instant answered(Duration after) {
            return respondedAt.plus(after);
        }

        private void step(Instant at) {
            steps.add(new Step(status, group, assignee, status == TicketStatus.PENDING_SUPPLIER ? supplier : null,
                    respondedAt, status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED ? resolvedAt : null, at));
        }

        List<TicketMeasured> measured(long id) {
            return steps.stream().map(s -> new TicketMeasured(id, number, type, organisation, service, priority,
                    s.status(), s.group(), s.assignee(), s.supplier(), s.respondedAt(), s.resolvedAt(), s.at())).toList();
        }
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
