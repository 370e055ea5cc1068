package io.serval.desk;

/** Whom a hierarchical escalation goes up to. */
public enum EscalationLevel {
    DUTY_MANAGER,
    SERVICE_LEVEL_MANAGER
}
