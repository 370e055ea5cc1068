package io.serval.agreement.internal;

import io.serval.agreement.AgreementDocument.UnderpinRef;
import io.serval.agreement.Metric;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/** A validated service target: the typed form of a {@code TargetSpec}. Plain Java. */
public record Target(String code, Metric metric, String priority, String category, Duration duration,
        BigDecimal percent, Integer count, Period period, String calendar, List<Integer> warnings,
        List<UnderpinRef> underpins) {

    /** Whether both targets measure the same thing for the same tickets (metric, priority, category). */
    public boolean sameScopeAs(Target other) {
        return metric == other.metric && Objects.equals(priority, other.priority) && Objects.equals(category, other.category);
    }

    /**
     * Whether this target asks less than {@code other}: a longer time, a lower availability, more failures.
     * Only meaningful for the same metric.
     */
    public boolean weakerThan(Target other) {
        return switch (metric.kind()) {
            case DURATION -> duration.compareTo(other.duration) > 0;
            case PERCENT -> percent.compareTo(other.percent) < 0;
            case COUNT -> failuresPerDay(this).compareTo(failuresPerDay(other)) > 0;
        };
    }

    /** The value as people write it: {@code PT4H}, {@code 99.5%}, {@code 3/P1M}. */
    public String value() {
        return switch (metric.kind()) {
            case DURATION -> duration.toString();
            case PERCENT -> percent.stripTrailingZeros().toPlainString() + "%";
            case COUNT -> count + "/" + period;
        };
    }

    /** E.g. {@code RESOLUTION P1 PT4H}, for reasons shown to people. */
    public String describe() {
        return metric + (priority == null ? "" : " " + priority) + (category == null ? "" : " [" + category + "]") + " " + value();
    }

    private static BigDecimal failuresPerDay(Target t) {
        long days = Math.max(1, t.period.toTotalMonths() * 30 + t.period.getDays());
        return BigDecimal.valueOf(t.count).divide(BigDecimal.valueOf(days), 10, java.math.RoundingMode.HALF_UP);
    }
}
