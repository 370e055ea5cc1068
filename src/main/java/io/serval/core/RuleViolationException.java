package io.serval.core;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A well-formed request that a domain rule refuses; answered with 422 and the rule's reasons. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RuleViolationException extends RuntimeException {

    private final List<Reason> reasons;

    public RuleViolationException(List<Reason> reasons) {
        super(String.join("; ", reasons.stream().map(Reason::english).toList()));
        this.reasons = List.copyOf(reasons);
    }

    public RuleViolationException(Reason reason) {
        this(List.of(reason));
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
