package io.serval.audit;

import io.serval.audit.internal.AuditEntry;
import io.serval.audit.internal.AuditEntries;
import io.serval.core.SystemActor;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records a change to any record; joins the caller's transaction. A record named in both languages keeps its
 * {@code nameZh} and {@code nameEn}: the {@code name} beside them, which is one of the two in the language of whoever
 * made the change, is left out, so that every reader sees what changed in both.
 */
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
                before == null ? null : state(before), after == null ? null : state(after)));
    }

    private String state(Object record) {
        JsonNode tree = json.valueToTree(record);
        withoutShownNames(tree);
        return json.writeValueAsString(tree);
    }

    private static void withoutShownNames(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("nameZh") && object.has("nameEn")) {
            object.remove("name");
        }
        node.forEach(AuditTrail::withoutShownNames);
    }
}
