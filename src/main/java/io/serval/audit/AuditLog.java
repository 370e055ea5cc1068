package io.serval.audit;

import io.serval.core.Texts;
import io.serval.audit.internal.AuditEntries;
import io.serval.audit.internal.AuditEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Reads the audit log: for administrators and the management representative. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN','MANAGEMENT_REPRESENTATIVE')")
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
        Map<String, Object> before = parse(e.getBeforeState());
        Map<String, Object> after = parse(e.getAfterState());
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<AuditEntryView.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object was = before.get(field);
            Object is = after.get(field);
            if (!Objects.equals(was, is) && !"version".equals(field)) {
                changes.add(new AuditEntryView.FieldChange(field, text(was), text(is)));
            }
        }
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(), e.getEntityKey(),
                e.getAction(), changes);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String state) {
        return state == null ? Map.of() : json.readValue(state, LinkedHashMap.class);
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String s ? s : json.writeValueAsString(value);
    }
}
