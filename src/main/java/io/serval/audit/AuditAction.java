package io.serval.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE
}
