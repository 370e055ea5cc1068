package io.serval.audit.internal;

import io.serval.audit.AuditLog;
import io.serval.audit.AuditQuery;
import io.serval.web.Times;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page: filter by record type, user, key and date range, in the user's zone. */
@Controller
class AuditLogController {

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
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", auditLog.search(query(type, actor, key, from, to, times.zone()),
                PageRequest.of(Math.max(page, 0), 25, Sort.by(Sort.Direction.DESC, "occurredAt", "id"))));
        model.addAttribute("types", auditLog.entityTypes());
        model.addAttribute("type", type);
        model.addAttribute("actor", actor);
        model.addAttribute("key", key);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/log";
    }

    static AuditQuery query(String type, String actor, String key, LocalDate from, LocalDate to, ZoneId zone) {
        return new AuditQuery(type, actor, key, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
