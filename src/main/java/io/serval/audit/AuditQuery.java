package io.serval.audit;

import java.time.Instant;

/** Filters of the audit log; every field is optional, {@code to} is exclusive. */
public record AuditQuery(String entityType, String actor, String key, Instant from, Instant to) {
}
