package io.serval.core;

import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A name in Chinese and in English, either of which may be missing. Read in a language it answers that language's
 * name, else the other one: a record named only in English still has a name for a Chinese reader. Both texts are
 * trimmed; a blank one is missing (null).
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        zh = Texts.blankToNull(zh);
        en = Texts.blankToNull(en);
    }

    /** The name in {@code locale}'s language: Chinese for any zh locale, English otherwise; else the other one. */
    public String in(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String first = chinese ? zh : en;
        return first != null ? first : chinese ? en : zh;
    }

    /** The name in the current user's language (the language of the request being served). */
    public String inCurrentLanguage() {
        return in(LocaleContextHolder.getLocale());
    }

    public boolean isEmpty() {
        return zh == null && en == null;
    }

    /**
     * A name as entered in the fields {@code <field>Zh} and {@code <field>En}: each one line of at most
     * {@code maxLength} characters. A client written before names had two languages may send only {@code <field>}
     * ({@code single}): it then names the record in both. Problems are added to {@code problems} under those
     * field names; a required name given in neither language is reported on both inputs.
     */
    public static LocalizedText entered(String field, String zh, String en, String single, int maxLength,
            boolean required, List<FieldProblem> problems) {
        LocalizedText name = new LocalizedText(zh, en);
        if (name.isEmpty() && Texts.blankToNull(single) != null) {
            String both = checked(field, single, maxLength, problems);
            return new LocalizedText(both, both);
        }
        checked(field + "Zh", name.zh, maxLength, problems);
        checked(field + "En", name.en, maxLength, problems);
        if (name.isEmpty() && required) {
            for (String input : List.of(field + "Zh", field + "En")) {
                problems.add(FieldProblem.of(input, "validation.name.required",
                        "enter the name in Chinese, English or both"));
            }
        }
        return name;
    }

    private static String checked(String field, String text, int maxLength, List<FieldProblem> problems) {
        String trimmed = Texts.blankToNull(text);
        if (trimmed == null) {
            return null;
        }
        if (trimmed.length() > maxLength) {
            problems.add(FieldProblem.of(field, "validation.tooLong", "is longer than {0} characters", maxLength));
        } else if (!Texts.singleLine(trimmed)) {
            problems.add(FieldProblem.of(field, "validation.singleLine", "must be one line without control characters"));
        }
        return trimmed;
    }
}
