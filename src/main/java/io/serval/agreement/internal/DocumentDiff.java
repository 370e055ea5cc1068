package io.serval.agreement.internal;

import io.serval.agreement.VersionDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Field-by-field difference of two agreement documents. Lists of objects with a {@code code} (targets,
 * penalties, …) are compared by code, so that reordering is no change and a changed target reads
 * {@code targets[P1-RES].duration: PT4H → PT2H}.
 */
public final class DocumentDiff {

    private DocumentDiff() {
    }

    public static List<VersionDiff.Change> between(JsonNode before, JsonNode after) {
        Map<String, String> a = new LinkedHashMap<>();
        Map<String, String> b = new LinkedHashMap<>();
        flatten("", before, a);
        flatten("", after, b);
        Set<String> fields = new LinkedHashSet<>(a.keySet());
        fields.addAll(b.keySet());
        List<VersionDiff.Change> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(a.get(field), b.get(field)) && !field.equals("version")) {
                changes.add(new VersionDiff.Change(field, a.get(field), b.get(field)));
            }
        }
        return changes;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> into) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), into));
        } else if (node.isArray()) {
            boolean keyed = node.size() > 0 && node.get(0).isObject() && node.get(0).has("code");
            if (!keyed && (node.size() == 0 || !node.get(0).isContainer())) {
                List<String> values = new ArrayList<>();
                node.forEach(v -> values.add(v.asString()));
                if (!values.isEmpty()) {
                    into.put(path, String.join(", ", values));
                }
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String key = keyed && item.has("code") ? item.get("code").asString() : String.valueOf(i);
                flatten(path + "[" + key + "]", item, into);
            }
        } else {
            into.put(path, node.asString());
        }
    }
}
