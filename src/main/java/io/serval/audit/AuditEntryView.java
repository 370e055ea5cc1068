package io.serval.audit;

import java.time.Instant;
import java.util.List;

/** One audit entry with the fields that changed, ready to show. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String entityType, String entityKey,
        AuditAction action, List<FieldChange> changes) {

    public record FieldChange(String field, String before, String after) {
    }
}
