package io.serval.agreement;

import java.time.Duration;
import java.util.List;

/**
 * A time target as a clock measures it: the agreement and target it comes from ({@code agreement} the one in
 * force that applies; {@code definedBy} where it is written, a parent when inherited), its metric and priority,
 * the business time allowed on {@code calendar}, the warning thresholds in percent, and the phases that pause it
 * ({@code pauseWhen}; empty list: the metric's default).
 */
public record MeasuredTarget(String agreement, String definedBy, String target, Metric metric, String priority,
        Duration limit, String calendar, List<Integer> warnings, List<String> pauseWhen) {

    public MeasuredTarget {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        pauseWhen = pauseWhen == null ? List.of() : List.copyOf(pauseWhen);
    }
}
