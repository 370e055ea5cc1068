package io.serval.clock;

/**
 * How one target of an agreement fared in a period: {@code met} and {@code missed} count the clocks that stopped
 * within their target or over it in the period, {@code running} those started by its end and not stopped yet.
 */
public record TargetOutcome(String target, String metric, String priority, long met, long missed, long running) {
}
