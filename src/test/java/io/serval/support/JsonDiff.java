package io.serval.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * What changed between two JSON documents, as paths such as {@code name}, {@code document.targets[1].duration}
 * or {@code roles} (a list of plain values, or one that grew or shrank, is one path).
 */
public final class JsonDiff {

    /** Record bookkeeping an edit changes by itself, at any depth. */
    public static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "updatedBy");

    private JsonDiff() {
    }

    public static Set<String> changedPaths(JsonNode before, JsonNode after) {
        Set<String> changed = new TreeSet<>();
        collect("", before, after, changed);
        return changed;
    }

    /**
     * Asserts that from {@code before} to {@code after} exactly the {@code expected} paths changed, besides
     * {@link #BOOKKEEPING}; both documents are in the message so that what else changed can be seen.
     */
    public static void assertOnlyChanged(JsonNode before, JsonNode after, String... expected) {
        Set<String> changed = new TreeSet<>(changedPaths(before, after));
        changed.removeIf(path -> BOOKKEEPING.contains(path.substring(path.lastIndexOf('.') + 1)));
        assertThat(changed).as("changed fields\nbefore: %s\nafter:  %s", before, after)
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(expected));
    }

    private static void collect(String path, JsonNode before, JsonNode after, Set<String> changed) {
        if (before == null || after == null || before.isNull() || after.isNull()) {
            if (!nullish(before) || !nullish(after)) {
                changed.add(path);
            }
        } else if (before.isObject() && after.isObject()) {
            Set<String> names = new TreeSet<>(before.propertyNames());
            names.addAll(after.propertyNames());
            for (String name : names) {
                collect(path.isEmpty() ? name : path + "." + name, before.get(name), after.get(name), changed);
            }
        } else if (before.isArray() && after.isArray() && before.size() == after.size()
                && before.values().stream().anyMatch(JsonNode::isContainer)) {
            for (int i = 0; i < before.size(); i++) {
                collect(path + "[" + i + "]", before.get(i), after.get(i), changed);
            }
        } else if (!before.equals(after)) {
            changed.add(path);
        }
    }

    private static boolean nullish(JsonNode node) {
        return node == null || node.isNull();
    }
}
