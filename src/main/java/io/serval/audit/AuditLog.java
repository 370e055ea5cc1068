package io.serval.audit;

import io.serval.core.Texts;
import io.serval.audit.internal.AuditEntries;
import io.serval.audit.internal.AuditEntry;
import io.serval.audit.internal.StateDiff;
import io.serval.core.RoleSets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Reads the audit log: for administrators and the management representative. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(RoleSets.AUDITORS)
public class AuditLog {

    private static final Instant BEGINNING = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

    private final AuditEntries entries;
    private final ObjectMapper json;

    AuditLog(AuditEntries entries, ObjectMapper json) {
        this.entries = entries;
        this.json = json;
    }

    public Page<AuditEntryView> search(AuditQuery query, Pageable pageable) {
        // open ends as far-away instants: PostgreSQL cannot type a null timestamp parameter in "? is null"
        return entries.search(Texts.blankToNull(query.entityType()), Texts.blankToNull(query.actor()), Texts.blankToNull(query.key()),
                query.from() == null ? BEGINNING : query.from(), query.to() == null ? END : query.to(), pageable)
                .map(this::view);
    }

    public List<String> entityTypes() {
        return entries.entityTypes();
    }

    private AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(), e.getEntityKey(),
                e.getAction(), StateDiff.between(parse(e.getBeforeState()), parse(e.getAfterState())));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String state) {
        return state == null ? Map.of() : json.readValue(state, LinkedHashMap.class);
    }
}
