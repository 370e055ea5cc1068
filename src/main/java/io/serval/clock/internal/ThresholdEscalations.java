package io.serval.clock.internal;

import io.serval.agreement.EscalationStep;
import io.serval.agreement.MeasuredTargets;
import io.serval.calendar.CalendarService;
import io.serval.desk.GroupLeads;
import io.serval.identity.IdentityService;
import io.serval.identity.Role;
import io.serval.notify.Notice;
import io.serval.notify.NoticeKind;
import io.serval.notify.Notifications;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who hears of a threshold: the escalation rules of the clock's agreement (the SLA's, or the OLA's or UC's for a
 * team or supplier clock) for that threshold and metric — the assignee, the lead of the team that has the record,
 * the duty managers, the service level managers. Without a rule, a breach goes to the assignee and the duty
 * managers. A warning under a rule with quiet hours waits, by e-mail, for working hours (on
 * {@code serval.clocks.working-hours-calendar}); a breach and anything about a P1 go at once. It runs as no user (the
 * threshold pass is a job): it asks only what other modules answer whoever asks.
 */
@Component
class ThresholdEscalations {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MeasuredTargets targets;
    private final GroupLeads leads;
    private final IdentityService identity;
    private final Notifications notifications;
    private final CalendarService calendars;
    private final ClockProperties properties;
    private final Clock clock;

    ThresholdEscalations(MeasuredTargets targets, GroupLeads leads, IdentityService identity,
            Notifications notifications, CalendarService calendars, ClockProperties properties,
            Clock clock) {
        this.targets = targets;
        this.leads = leads;
        this.identity = identity;
        this.notifications = notifications;
        this.calendars = calendars;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Escalations of one batch of firings: each agreement's rules, team lead and role's holders read once, the
     * notices sent together ({@link Batch#send}).
     */
    Batch batch() {
        return new Batch();
    }

    final class Batch {

        private final Map<String, List<EscalationStep>> rules = new HashMap<>();
        private final Map<String, List<String>> holders = new HashMap<>();
        private final List<Notice> notices = new ArrayList<>();

        private Batch() {
        }

        void escalate(StoredClock c, int percent, Instant now) {
            List<EscalationStep> steps = rules.computeIfAbsent(c.terms().agreement(), targets::escalations).stream()
                    .filter(s -> s.atPercent() == percent && s.appliesTo(c.terms().metric())).toList();
            if (steps.isEmpty() && percent < 100) {
                return;
            }
            boolean urgent = percent >= 100 || "P1".equals(c.priority);
            boolean quiet = !urgent && steps.stream().allMatch(EscalationStep::quietHours);
            Set<String> recipients = new LinkedHashSet<>();
            List<String> roles = steps.isEmpty() ? List.of("ASSIGNEE", "DUTY_MANAGER")
                    : steps.stream().flatMap(s -> s.recipients().stream()).distinct().toList();
            for (String role : roles) {
                recipients.addAll(recipients(role, c));
            }
            Instant holdUntil = quiet ? calendars.calendar(properties.workingHoursCalendar()).nextWorkingInstant(now) : null;
            String due = c.clock.due().map(d -> DUE.format(d.atZone(clock.getZone()))).orElse("");
            for (String recipient : recipients) {
                notices.add(Notice.to(recipient, percent >= 100 ? NoticeKind.CLOCK_BREACHED : NoticeKind.CLOCK_WARNING)
                        .with("number", c.recordNumber).withKey("metric", "clock.metric." + c.terms().metric().name())
                        .with("percent", percent).with("priority", c.priority).with("due", due)
                        .with("party", c.party.code()).link(link(c)).byEmail().holdUntil(holdUntil).build());
            }
        }

        /** Sends the notices of the thresholds escalated (in the caller's transaction). */
        void send() {
            notifications.sendAll(notices);
            notices.clear();
        }

        private List<String> recipients(String role, StoredClock c) {
            return switch (role) {
                case "ASSIGNEE" -> c.assignee == null ? List.of() : List.of(c.assignee);
                case "GROUP_LEAD" -> c.group == null ? List.of()
                        : holders.computeIfAbsent("lead of " + c.group, k -> leads.of(c.group).stream().toList());
                case "DUTY_MANAGER" -> holders.computeIfAbsent(role, k -> identity.holdersOf(Role.DUTY_MANAGER));
                case "SERVICE_LEVEL_MANAGER" -> holders.computeIfAbsent(role, k -> identity.holdersOf(Role.SERVICE_LEVEL_MANAGER));
                default -> List.of(); // the customer and the provider hear of breaches in their service reports
            };
        }
    }

    private static String link(StoredClock c) {
        return TicketClocks.RECORD_TYPE.equals(c.recordType) ? "/tickets/" + c.recordId : null;
    }
}
