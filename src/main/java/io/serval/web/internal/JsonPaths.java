package io.serval.web.internal;

import java.util.List;
import tools.jackson.core.JacksonException;

/** Jackson's path to a bad value in the form our field names take: {@code targets[1].duration}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String field(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
