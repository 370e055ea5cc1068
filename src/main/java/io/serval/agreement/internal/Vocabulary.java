package io.serval.agreement.internal;

import io.serval.agreement.Metric;
import java.util.List;
import java.util.stream.Stream;

/**
 * The closed lists an agreement's fields choose from, in the order forms offer them. Each word is shown through
 * its message key ({@code agreement.trigger.COMPLAINT}, {@code agreement.recipient.DUTY_MANAGER}, …).
 */
public final class Vocabulary {

    public static final List<String> IMPACTS = List.of("HIGH", "MEDIUM", "LOW");
    public static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4", "P5");
    public static final List<String> PENALTY_TRIGGERS = List.of("TARGET_BREACH", "LATE_WORK_ORDER", "COMPLAINT",
            "AVAILABILITY_SHORTFALL");
    public static final List<String> WARNING_LEVELS = List.of("REMINDER", "WARNING");
    public static final List<String> RULE_PERIODS = List.of("MONTH", "QUARTER", "WEEK", "YEAR");
    public static final List<String> RECIPIENTS = List.of("ASSIGNEE", "GROUP_LEAD", "DUTY_MANAGER",
            "SERVICE_LEVEL_MANAGER", "CUSTOMER", "PROVIDER");
    /** The metrics whose targets are times measured by a clock: they pause, and escalations may name them. */
    public static final List<String> CLOCK_METRICS = Stream.of(Metric.RESPONSE, Metric.RESOLUTION,
            Metric.REQUEST_TURNAROUND, Metric.WORK_ORDER_COMPLETION, Metric.COMPLAINT_CLOSURE).map(Enum::name).toList();
    /** The phases in which an agreement may pause a clock (SPEC §6), beyond its metric's default. */
    public static final List<String> PAUSE_PHASES = List.of("PENDING_CUSTOMER", "PENDING_SUPPLIER");
    /** Serval settles every amount in renminbi (SPEC §7: exact decimals in CNY). */
    public static final String CURRENCY = "CNY";

    private Vocabulary() {
    }
}
