/**
 * The audit log: who changed what, when, with the record before and after. Modules call {@link AuditTrail}
 * in the same transaction as their change, so a change and its audit entry are saved together or not at all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package io.serval.audit;
