package io.serval.desk;

/** Functional: to another support group; hierarchical: up to the duty manager or the service level manager. */
public enum EscalationKind {
    FUNCTIONAL,
    HIERARCHICAL
}
