package io.serval.agreement;

/**
 * A version of an agreement went in force; {@code superseded} is the version it replaced (null for the first).
 * Published through Spring Modulith's event publication registry: a listener in another module runs after the
 * commit and is retried until it completes.
 */
public record AgreementPublished(String code, AgreementType type, int version, Integer superseded) {
}
