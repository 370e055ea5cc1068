package io.serval.audit.internal;

import io.serval.audit.AuditEntryView;
import io.serval.audit.AuditLog;
import io.serval.web.ListQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    @Operation(summary = "The audit log, a page at a time, of one record type, user and key, between two UTC days",
            description = "sort: when (default, newest first), actor, record")
    @GetMapping("/api/audit")
    PagedModel<AuditEntryView> api(@RequestParam(required = false) String type,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String key,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            ListQuery list) {
        return new PagedModel<>(AuditLogController.order(list).fetch(AuditLogController.SORTS, page -> auditLog.search(
                AuditLogController.query(type, actor, key, from, to, ZoneOffset.UTC), page)));
    }

}
