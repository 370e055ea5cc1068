package io.serval.web;

import io.serval.core.ConcurrentChangeException;
import io.serval.core.InvalidInputException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Shows a domain validation failure next to the form fields it concerns, the rest above the form. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult form, InvalidInputException invalid) {
        var target = new BeanWrapperImpl(form.getTarget());
        invalid.problems().forEach(p -> {
            String field = p.field() == null ? null : nearestReadable(target, p.field());
            if (field != null) {
                form.rejectValue(field, p.code(), p.args(), p.defaultMessage());
            } else {
                form.reject(p.code(), p.args(), (p.field() == null ? "" : p.field() + ": ") + p.defaultMessage());
            }
        });
    }

    /** An edit of a stale copy, or one that lost its version: above the form, with the advice to reload. */
    public static void reject(BindingResult form, ConcurrentChangeException stale) {
        form.reject(stale.code(), stale.getMessage());
    }

    /**
     * The field itself, or else the closest enclosing text field of the form: a form that edits a list as one
     * text input gets the list items' errors on that input (targets[1].underpins[0] → targets[1].underpins).
     */
    private static String nearestReadable(BeanWrapperImpl target, String field) {
        if (isReadable(target, field)) {
            return field;
        }
        String path = field;
        for (int cut = lastSeparator(path); cut > 0; cut = lastSeparator(path)) {
            path = path.substring(0, cut);
            if (isReadable(target, path)) {
                return target.getPropertyType(path) == String.class ? path : null;
            }
        }
        return null;
    }

    private static int lastSeparator(String path) {
        return Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    }

    private static boolean isReadable(BeanWrapperImpl target, String field) {
        try {
            return target.isReadableProperty(field);
        } catch (RuntimeException invalidPath) {
            return false;
        }
    }
}
