package io.serval.desk;

/** An impact or an urgency. */
public enum Severity {
    HIGH,
    MEDIUM,
    LOW
}
