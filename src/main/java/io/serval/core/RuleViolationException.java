package io.serval.core;

/** A well-formed request that a domain rule refuses; answered with 422 and the rule's reason. */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String reason) {
        super(reason);
    }
}
