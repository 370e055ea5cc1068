package io.serval.core;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A well-formed request that a domain rule refuses; answered with 422 and the rule's reason. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String reason) {
        super(reason);
    }
}
