package io.serval.agreement.internal;

import io.serval.agreement.AgreementDocument.UnderpinRef;
import io.serval.agreement.Metric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A service target read from a {@code TargetSpec}. Plain Java. Its value (duration, percent, or count per period)
 * is absent only when a stored version holds a value Serval can no longer read; such a target is never weaker
 * or stronger than another. {@code pauseWhen}: the phases that pause its clock (empty: the metric's default); they
 * make a target neither weaker nor stronger.
 */
public record Target(String code, Metric metric, String priority, String category, Duration duration,
        BigDecimal percent, Integer count, Period period, String calendar, List<Integer> warnings,
        List<UnderpinRef> underpins, List<String> pauseWhen) {

    public Target {
        pauseWhen = pauseWhen == null ? List.of() : List.copyOf(pauseWhen);
    }

    /** Whether both targets measure the same thing for the same tickets (metric, priority, category). */
    public boolean sameScopeAs(Target other) {
        return metric == other.metric && Objects.equals(priority, other.priority) && Objects.equals(category, other.category);
    }

    /**
     * Whether this target asks less than {@code other}: a longer time, a lower availability, more failures.
     * Only meaningful for the same metric.
     */
    public boolean weakerThan(Target other) {
        if (!readable() || !other.readable()) {
            return false;
        }
        return switch (metric.kind()) {
            case DURATION -> duration.compareTo(other.duration) > 0;
            case PERCENT -> percent.compareTo(other.percent) < 0;
            case COUNT -> failuresPerDay(this).compareTo(failuresPerDay(other)) > 0;
        };
    }

    /** Whether both ask exactly the same (same scope and value). */
    public boolean sameAs(Target other) {
        return sameScopeAs(other) && Objects.equals(duration, other.duration)
                && (percent == null ? other.percent == null : other.percent != null && percent.compareTo(other.percent) == 0)
                && Objects.equals(count, other.count) && Objects.equals(period, other.period);
    }

    /** The value as the API writes it: {@code PT4H}, {@code 99.5%}, {@code 3/P1M}. */
    public String value() {
        if (!readable()) {
            return "?";
        }
        return switch (metric.kind()) {
            case DURATION -> duration.toString();
            case PERCENT -> percent.stripTrailingZeros().toPlainString() + "%";
            case COUNT -> count + "/" + period;
        };
    }

    private boolean readable() {
        return switch (metric.kind()) {
            case DURATION -> duration != null;
            case PERCENT -> percent != null;
            case COUNT -> count != null && period != null;
        };
    }

    private static BigDecimal failuresPerDay(Target t) {
        long days = Math.max(1, t.period.toTotalMonths() * 30 + t.period.getDays());
        return BigDecimal.valueOf(t.count).divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP);
    }
}
