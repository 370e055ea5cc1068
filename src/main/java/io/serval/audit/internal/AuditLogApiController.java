package io.serval.audit.internal;

import io.serval.audit.AuditEntryView;
import io.serval.audit.AuditLog;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneOffset;
import io.serval.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log as JSON; dates are UTC days. */
@RestController
@Tag(name = "Audit")
class AuditLogApiController {

    private final AuditLog auditLog;

    AuditLogApiController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/api/audit")
    PagedModel<AuditEntryView> api(@RequestParam(required = false) String type,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String key,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return new PagedModel<>(auditLog.search(AuditLogController.query(type, actor, key, from, to, ZoneOffset.UTC),
                Paging.of(page, size, 500, Sort.by(Sort.Direction.DESC, "occurredAt", "id"))));
    }

}
