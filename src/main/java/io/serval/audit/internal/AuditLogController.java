package io.serval.audit.internal;

import io.serval.audit.AuditLog;
import io.serval.audit.AuditQuery;
import io.serval.web.ListQuery;
import io.serval.web.Times;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page: filter by record type, user, key and date range, in the user's zone. */
@Controller
class AuditLogController {

    /** Newest first by default; the same moment keeps the order in which the changes were written. */
    static final Map<String, Sort> SORTS = Map.of(
            "when", Sort.by(Sort.Direction.ASC, "occurredAt", "id"),
            "actor", Sort.by("actor").and(Sort.by(Sort.Direction.DESC, "occurredAt", "id")),
            "record", Sort.by("entityType", "entityKey").and(Sort.by(Sort.Direction.DESC, "occurredAt", "id")));

    private final AuditLog auditLog;
    private final Times times;

    AuditLogController(AuditLog auditLog, Times times) {
        this.auditLog = auditLog;
        this.times = times;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String type, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String key,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            ListQuery list, Model model) {
        ListQuery shown = order(list);
        model.addAttribute("entries", shown.fetch(SORTS, page -> auditLog.search(
                query(type, actor, key, from, to, times.zone()), page)));
        model.addAttribute("list", shown);
        model.addAttribute("types", auditLog.entityTypes());
        model.addAttribute("type", type);
        model.addAttribute("actor", actor);
        model.addAttribute("key", key);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/log";
    }

    /** Newest first unless another order is asked for. */
    static ListQuery order(ListQuery asked) {
        return asked.sortedBy(SORTS.keySet(), "when", true);
    }

    static AuditQuery query(String type, String actor, String key, LocalDate from, LocalDate to, ZoneId zone) {
        return new AuditQuery(type, actor, key, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
