package io.serval.audit;

import io.serval.audit.internal.AuditEntry;
import io.serval.audit.internal.AuditEntries;
import io.serval.core.SystemActor;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Records a change to any record; joins the caller's transaction. */
@Service
public class AuditTrail {

    private final AuditEntries entries;
    private final ObjectMapper json;
    private final Clock clock;

    AuditTrail(AuditEntries entries, ObjectMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param before the record's state before the change (a DTO; null when created)
     * @param after its state after the change (null when deleted)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, String entityKey, AuditAction action, Object before, Object after) {
        entries.save(new AuditEntry(clock.instant(), SystemActor.current(), entityType, entityKey, action,
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after)));
    }
}
