package io.serval.core;

/**
 * A record that does not exist, or that the current user may not see: both answer the same so that scoped
 * users cannot probe for other organisations' records.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object key) {
        super(what + " '" + key + "' not found");
    }
}
