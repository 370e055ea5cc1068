package io.serval.audit.internal;

import io.serval.audit.AuditEntryView.FieldChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two recorded states, field by field, in words a reader can follow: nested objects are
 * opened into their fields ({@code document.calendar}); a list of plain values is shown whole ("ADMIN, AGENT");
 * a list of records shows the entries removed and added, one per line ("day: MONDAY, start: 09:00"). A list whose
 * entries only changed order did not change. Who saved it, when, and its version counter are not changes.
 */
public final class StateDiff {

    /** Fields every entry tells by itself (who, when) or that count saves: never shown as changes. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "updatedBy");

    private StateDiff() {
    }

    public static List<FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> was = flatten(before);
        Map<String, Object> is = flatten(after);
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(is.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (BOOKKEEPING.contains(field)) {
                continue;
            }
            Object a = was.get(field);
            Object b = is.get(field);
            if (a instanceof List<?> la && b instanceof List<?> lb) {
                list(field, la, lb).ifPresent(changes::add);
            } else if (!Objects.equals(normal(a), normal(b))) {
                changes.add(new FieldChange(field, text(a), text(b)));
            }
        }
        return changes;
    }

    private static java.util.Optional<FieldChange> list(String field, List<?> before, List<?> after) {
        if (sameEntries(before, after)) {
            return java.util.Optional.empty();
        }
        if (before.stream().anyMatch(Map.class::isInstance) || after.stream().anyMatch(Map.class::isInstance)) {
            List<String> was = before.stream().map(StateDiff::text).toList();
            List<String> is = after.stream().map(StateDiff::text).toList();
            return java.util.Optional.of(new FieldChange(field, lines(minus(was, is)), lines(minus(is, was))));
        }
        return java.util.Optional.of(new FieldChange(field, text(before), text(after)));
    }

    /** Maps opened into dotted fields; lists and plain values stay as they are. */
    private static Map<String, Object> flatten(Map<String, Object> state) {
        Map<String, Object> flat = new LinkedHashMap<>();
        state.forEach((key, value) -> put(flat, key, value));
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> flat, String field, Object value) {
        if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
            ((Map<String, Object>) nested).forEach((key, inner) -> put(flat, field + "." + key, inner));
        } else {
            flat.put(field, value);
        }
    }

    private static boolean sameEntries(List<?> a, List<?> b) {
        return a.size() == b.size() && counts(a).equals(counts(b));
    }

    private static Map<String, Long> counts(Collection<?> values) {
        return values.stream().collect(Collectors.groupingBy(StateDiff::text, Collectors.counting()));
    }

    /** The entries of {@code a} not matched by one in {@code b} (as many times as they are extra). */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> left = new ArrayList<>(b);
        List<String> extra = new ArrayList<>();
        for (String entry : a) {
            if (!left.remove(entry)) {
                extra.add(entry);
            }
        }
        return extra;
    }

    /** Null, an empty text and an empty list all read as nothing. */
    private static Object normal(Object value) {
        if (value instanceof String s && s.isEmpty() || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty()) {
            return null;
        }
        return value;
    }

    /** Plain values as they are; lists joined with ", "; records as "key: value" pairs without empty ones. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().filter(e -> !text(e.getValue()).isEmpty())
                    .map(e -> e.getKey() + ": " + text(e.getValue())).collect(Collectors.joining(", "));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(StateDiff::text).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    private static String lines(List<String> entries) {
        return String.join("\n", entries);
    }
}
