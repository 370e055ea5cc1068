package io.serval.clock.internal;

import io.serval.agreement.Metric;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a clock measures against: the agreement and its target, the metric, the time allowed in business time, the
 * calendar it runs on, the warning thresholds (percent of the target, below 100) and the phases that pause it.
 */
public record ClockTerms(String agreement, String target, Metric metric, String priority, Duration limit,
        String calendar, List<Integer> warnings, Set<Phase> pauseWhen) {

    public static final List<Integer> DEFAULT_WARNINGS = List.of(50, 75, 90);

    public ClockTerms {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(calendar, "calendar");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a target's time must be positive: " + limit);
        }
        warnings = warnings == null || warnings.isEmpty() ? DEFAULT_WARNINGS
                : warnings.stream().filter(p -> p > 0 && p < 100).distinct().sorted().toList();
        pauseWhen = pauseWhen == null ? defaultPauses(metric) : Set.copyOf(pauseWhen);
    }

    /**
     * By default a resolution-like clock pauses while the customer is asked for something; the response clock never
     * pauses; pending a supplier pauses only where the agreement says so.
     */
    public static Set<Phase> defaultPauses(Metric metric) {
        return metric == Metric.RESPONSE ? Set.of() : Set.of(Phase.PENDING_CUSTOMER);
    }

    /** The thresholds in order, the breach (100) last. */
    public List<Integer> thresholds() {
        return java.util.stream.Stream.concat(warnings.stream(), java.util.stream.Stream.of(100)).toList();
    }
}
