package io.serval.agreement;

/** An agreement's version in force ended; nothing is measured against it any more. */
public record AgreementTerminated(String code, AgreementType type, int version) {
}
