package io.serval.agreement;

/** What a service target measures, and in which kind of value. */
public enum Metric {
    RESPONSE(ValueKind.DURATION),
    RESOLUTION(ValueKind.DURATION),
    REQUEST_TURNAROUND(ValueKind.DURATION),
    AVAILABILITY(ValueKind.PERCENT),
    FAILURE_COUNT(ValueKind.COUNT),
    FAILURE_DURATION(ValueKind.DURATION),
    WORK_ORDER_COMPLETION(ValueKind.DURATION),
    COMPLAINT_CLOSURE(ValueKind.DURATION);

    private final ValueKind kind;

    Metric(ValueKind kind) {
        this.kind = kind;
    }

    public ValueKind kind() {
        return kind;
    }

    /**
     * Durations and counts are maxima (less is stricter); percentages are minima (more is stricter).
     */
    public enum ValueKind {
        DURATION,
        PERCENT,
        COUNT
    }
}
