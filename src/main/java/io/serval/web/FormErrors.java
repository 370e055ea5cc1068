package io.serval.web;

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
            if (p.field() != null && isReadable(target, p.field())) {
                form.rejectValue(p.field(), p.code(), p.args(), p.defaultMessage());
            } else {
                form.reject(p.code(), p.args(), (p.field() == null ? "" : p.field() + ": ") + p.defaultMessage());
            }
        });
    }

    private static boolean isReadable(BeanWrapperImpl target, String field) {
        try {
            return target.isReadableProperty(field);
        } catch (RuntimeException invalidPath) {
            return false;
        }
    }
}
