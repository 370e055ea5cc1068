package io.serval.core;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An update that does not say which version of the record it was based on: without it a concurrent change would
 * be overwritten silently (last write wins). Answered with 428 Precondition Required naming the field
 * {@code version}; a form shows it like a stale copy, since reloading the page is the cure for both.
 */
@ResponseStatus(HttpStatus.PRECONDITION_REQUIRED)
public class VersionRequiredException extends ConcurrentChangeException {

    public static final String FIELD = "version";

    public VersionRequiredException(String what) {
        super("error.versionRequired", what + " can only be changed by sending the version you read (field '" + FIELD
                + "'); reload it and apply your change again");
    }
}
