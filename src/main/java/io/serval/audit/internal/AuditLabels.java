package io.serval.audit.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log's field names and coded values in the reader's language ({@code ${@auditLabels.field(e, c)}}):
 * each record type's fields are labelled as on its own pages (a user's {@code displayName} reads "Name" / "姓名"),
 * and codes such as a status or a role read as their names ({@code APPROVED} → "Approved" / "已批准"). What has
 * no label is shown as recorded.
 */
@Component("auditLabels")
public class AuditLabels {

    /** Where each record type's field labels live in the message bundles. */
    private static final Map<String, String> FIELD_PREFIX = Map.of(
            "User", "user.", "Organisation", "organisation.", "Service", "catalog.",
            "ServiceRequirement", "catalog.requirement.", "Calendar", "calendar.", "Agreement", "agreement.",
            "AgreementReview", "agreement.review.", "CatalogVersion", "catalog.version.");

    /** Coded values by field name: the prefix of their names in the bundles. */
    private static final Map<String, String> VALUE_PREFIX = Map.of(
            "roles", "role.", "kind", "organisation.kind.", "type", "agreement.type.", "level", "agreement.level.",
            "metric", "agreement.metric.", "day", "day.", "worksAs", "day.", "action", "agreement.step.");

    private static final Map<String, String> STATUS_PREFIX = Map.of(
            "Agreement", "agreement.status.", "Service", "catalog.status.");

    private static final Pattern CODES = Pattern.compile("[A-Z][A-Z0-9_]*(, [A-Z][A-Z0-9_]*)*");

    private final MessageSource messages;

    AuditLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of a changed field; a nested one keeps its path after the label ("Priority matrix.HIGH/LOW"). */
    public String field(String entityType, String field) {
        int cut = firstSeparator(field);
        String head = field.substring(0, cut);
        String label = message("audit.field." + head);
        if (label == null && FIELD_PREFIX.containsKey(entityType)) {
            label = message(FIELD_PREFIX.get(entityType) + head);
        }
        return (label == null ? head : label) + field.substring(cut);
    }

    /** A recorded value with its codes named, or the value as recorded. */
    public String value(String entityType, String field, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.equals("true") || value.equals("false")) {
            return message(value.equals("true") ? "yes" : "no");
        }
        String last = field.substring(Math.max(field.lastIndexOf('.'), -1) + 1);
        String prefix = last.equals("status") ? STATUS_PREFIX.get(entityType) : VALUE_PREFIX.get(last);
        if (prefix == null || !CODES.matcher(value).matches()) {
            return value;
        }
        return Arrays.stream(value.split(", ")).map(code -> {
            String name = message(prefix + code);
            if (name == null) {
                name = message(prefix + code.toLowerCase(Locale.ROOT)); // change-control steps are keyed in lower case
            }
            return name == null ? code : name;
        }).collect(Collectors.joining(LocaleContextHolder.getLocale().getLanguage().equals(Locale.CHINESE.getLanguage())
                ? "、" : ", "));
    }

    private String message(String key) {
        return messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
    }

    private static int firstSeparator(String field) {
        int dot = field.indexOf('.');
        int bracket = field.indexOf('[');
        int cut = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
        return cut < 0 ? field.length() : cut;
    }
}
