package io.serval.web.internal;

import io.serval.core.Texts;
import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form fields and request parameters that no column can hold (a NUL character, a lone surrogate) are a binding
 * error on their field — {@code typeMismatch} in a form, 400 in the API — instead of a database error on save.
 */
@ControllerAdvice
class StorableTextBinding {

    @InitBinder
    void refuseUnstorableText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text != null && !Texts.storable(text)) {
                    throw new IllegalArgumentException("contains a NUL character or a broken surrogate pair");
                }
                setValue(text);
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : getValue().toString();
            }
        });
    }
}
