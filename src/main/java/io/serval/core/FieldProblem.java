package io.serval.core;

/**
 * One invalid input field. {@code code} is a message key (resolved in the user's language), {@code args} its
 * arguments, {@code defaultMessage} the English text used when no bundle holds the key.
 */
public record FieldProblem(String field, String code, String defaultMessage, Object... args) {

    public static FieldProblem of(String field, String code, String defaultMessage, Object... args) {
        return new FieldProblem(field, code, defaultMessage, args);
    }
}
