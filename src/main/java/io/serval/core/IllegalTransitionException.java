package io.serval.core;

/**
 * A move a record's state does not allow now (a ticket that is closed cannot be resolved); answered with 409 and
 * a reason that names the current state and the moves it allows.
 */
public class IllegalTransitionException extends RuleViolationException {

    public IllegalTransitionException(Reason reason) {
        super(reason);
    }
}
