package io.serval.agreement.internal;

import io.serval.agreement.VersionDiff;
import io.serval.core.Reason;
import io.serval.web.Durations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Field-by-field difference of two agreement documents, with each field named and each value read out in the
 * reader's language. Rows are matched by what identifies them, never by position: targets, penalty clauses and
 * warning rules by code, priority-matrix cells by impact and urgency, escalations by their metric and share of the
 * target ({@code escalations[RESOLUTION/75]}, {@code escalations[75]} for every metric), outages by their start, signatories by name; services, recipients and underpinned targets are sets. So a
 * reordered list is no change, and a changed target reads "Target RES-P1: Target 4 h → 2 h"
 * ({@code targets[RES-P1].duration: PT4H → PT2H}).
 */
public final class DocumentDiff {

    /** How the rows of each list are told apart. */
    private static final Map<String, Function<JsonNode, String>> ROW_KEYS = Map.of(
            "targets", row -> row.path("code").asString(),
            "penalties", row -> row.path("code").asString(),
            "warningRules", row -> row.path("code").asString(),
            "escalations", row -> (row.path("metric").isString() ? row.path("metric").asString() + "/" : "")
                    + row.path("atPercent").asString(),
            "plannedOutages", row -> row.path("from").asString(),
            "signatories", row -> row.path("name").asString());

    private DocumentDiff() {
    }

    /** The changes, their labels and values read out by {@code text} (the message source in the reader's language). */
    public static List<VersionDiff.Change> between(JsonNode before, JsonNode after, Function<Reason, String> text) {
        Map<Field, String> a = flatten(before);
        Map<Field, String> b = flatten(after);
        Set<Field> fields = new LinkedHashSet<>(a.keySet());
        fields.addAll(b.keySet());
        List<VersionDiff.Change> changes = new ArrayList<>();
        for (Field field : fields) {
            String was = a.get(field);
            String is = b.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new VersionDiff.Change(field.path(), was, is, text.apply(field.label()),
                        was == null ? null : text.apply(field.words(was)), is == null ? null : text.apply(field.words(is))));
            }
        }
        return changes;
    }

    /**
     * A field of the document: a top-level one ({@code list} null), or a field of the row {@code row} of a list,
     * or a whole row ({@code property} null, e.g. a priority-matrix cell).
     */
    private record Field(String list, String row, String property) {

        String path() {
            return list == null ? property : list + "[" + row + "]" + (property == null ? "" : "." + property);
        }

        Reason label() {
            if (list == null) {
                return FieldWords.top(property);
            }
            if ("priorityMatrix".equals(list)) {
                String[] impactUrgency = row.split("/", 2);
                return Reason.of("agreement.diff.matrixCell", "priority for impact {0} and urgency {1}",
                        Words.word("agreement.impact", impactUrgency[0]), Words.word("agreement.impact", impactUrgency[1]));
            }
            return Reason.of("agreement.diff.rowField", "{0}: {1}", FieldWords.row(list, row), FieldWords.rowField(list, property));
        }

        Reason words(String value) {
            return FieldWords.value(list, property, value);
        }
    }

    private static Map<Field, String> flatten(JsonNode document) {
        Map<Field, String> fields = new LinkedHashMap<>();
        if (document == null || !document.isObject()) {
            return fields;
        }
        document.properties().forEach(e -> {
            String name = e.getKey();
            JsonNode value = e.getValue();
            if ("version".equals(name) || "name".equals(name) || value.isNull()) {
                return; // the name in the reader's language repeats nameZh or nameEn
            }
            if ("priorityMatrix".equals(name)) {
                value.forEach(cell -> fields.put(new Field(name, cell.path("impact").asString() + "/" + cell.path("urgency").asString(), null),
                        cell.path("priority").asString()));
            } else if (ROW_KEYS.containsKey(name)) {
                value.forEach(row -> row.properties().forEach(p -> {
                    String text = text(p.getValue());
                    if (text != null) {
                        fields.put(new Field(name, ROW_KEYS.get(name).apply(row), p.getKey()), text);
                    }
                }));
            } else {
                String text = text(value);
                if (text != null) {
                    fields.put(new Field(null, null, name), text);
                }
            }
        });
        return fields;
    }

    /**
     * A value as text; lists as sets (sorted, so that their order is no change), underpinned targets as
     * {@code SLA/TARGET}; an empty list, null or false (a box not ticked, as documents from before it read) is no value.
     */
    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isBoolean() && !value.asBoolean()) {
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isObject() && item.has("agreement")
                    ? item.path("agreement").asString() + "/" + item.path("target").asString() : item.asString()));
            if (items.isEmpty()) {
                return null;
            }
            if (!items.stream().allMatch(i -> i.matches("\\d+"))) {
                items.sort(null); // warning thresholds keep their rising order; everything else is a set
            }
            return String.join(", ", items);
        }
        return value.asString();
    }

    /** The words for the document's fields and values. */
    private static final class FieldWords {

        private static final Map<String, String> TOP = Map.ofEntries(
                Map.entry("customer", "agreement.party.SLA"), Map.entry("team", "agreement.party.OLA"),
                Map.entry("provider", "agreement.party.UC"));
        private static final Map<String, String> ROW_FIELD = Map.ofEntries(
                Map.entry("targets.code", "agreement.target.code"), Map.entry("targets.metric", "agreement.target.metric"),
                Map.entry("targets.priority", "agreement.target.priority"), Map.entry("targets.category", "agreement.target.category"),
                Map.entry("targets.duration", "agreement.target.value"), Map.entry("targets.percent", "agreement.target.value"),
                Map.entry("targets.count", "agreement.target.value"), Map.entry("targets.period", "agreement.diff.period"),
                Map.entry("targets.calendar", "agreement.target.calendar"), Map.entry("targets.warnings", "agreement.target.warnings"),
                Map.entry("targets.underpins", "agreement.target.underpins"),
                Map.entry("targets.pauseWhen", "agreement.target.pauseWhen"),
                Map.entry("penalties.code", "agreement.target.code"), Map.entry("penalties.trigger", "agreement.penalty.trigger"),
                Map.entry("penalties.metric", "agreement.penalty.metric"),
                Map.entry("penalties.fixedAmount", "agreement.penalty.fixedAmount"),
                Map.entry("penalties.perStartedHour", "agreement.penalty.perStartedHour"),
                Map.entry("penalties.percentOfFee", "agreement.penalty.percentOfFee"),
                Map.entry("penalties.capPercentOfFee", "agreement.penalty.cap"),
                Map.entry("penalties.description", "agreement.penalty.description"),
                Map.entry("warningRules.code", "agreement.target.code"), Map.entry("warningRules.level", "agreement.warningRule.level"),
                Map.entry("warningRules.onTimeRateBelow", "agreement.warningRule.onTimeRateBelow"),
                Map.entry("warningRules.complaintsAtLeast", "agreement.warningRule.complaintsAtLeast"),
                Map.entry("warningRules.breachesAtLeast", "agreement.warningRule.breachesAtLeast"),
                Map.entry("warningRules.period", "agreement.warningRule.period"),
                Map.entry("escalations.atPercent", "agreement.escalation.atPercent"),
                Map.entry("escalations.recipients", "agreement.escalation.recipients"),
                Map.entry("escalations.metric", "agreement.escalation.metric"),
                Map.entry("escalations.quietHours", "agreement.escalation.quietHours"),
                Map.entry("plannedOutages.from", "agreement.outage.from"), Map.entry("plannedOutages.to", "agreement.outage.to"),
                Map.entry("plannedOutages.description", "agreement.outage.description"),
                Map.entry("signatories.name", "agreement.signatory.name"), Map.entry("signatories.role", "agreement.signatory.role"),
                Map.entry("signatories.organisation", "agreement.signatory.organisation"),
                Map.entry("signatories.signedOn", "agreement.signatory.signedOn"));
        /** Values that are words of a vocabulary: the message key they are read out with. */
        private static final Map<String, String> WORDS = Map.of(
                "level", "agreement.level", "targets.metric", "agreement.metric", "penalties.metric", "agreement.metric",
                "penalties.trigger", "agreement.trigger", "warningRules.level", "agreement.warningLevel",
                "warningRules.period", "agreement.period", "escalations.recipients", "agreement.recipient",
                "escalations.metric", "agreement.metric", "targets.pauseWhen", "agreement.pause");

        static Reason top(String property) {
            return Reason.of(TOP.getOrDefault(property, "agreement." + property), property);
        }

        static Reason row(String list, String row) {
            if ("escalations".equals(list) && row.contains("/")) {
                String[] metricPercent = row.split("/", 2);
                return Reason.of("agreement.diff.row.escalationsOfMetric", "escalation at {0} % of a {1} target", metricPercent[1],
                        Words.word("agreement.words.metric", metricPercent[0]));
            }
            return Reason.of("agreement.diff.row." + list, list + " {0}", row);
        }

        static Reason rowField(String list, String property) {
            String key = ROW_FIELD.get(list + "." + property);
            return key == null ? plain(property) : Reason.of(key, property);
        }

        /** A value read out: durations and periods in words, vocabulary words translated, the rest as written. */
        static Reason value(String list, String property, String value) {
            String field = list == null ? property : list + "." + property;
            if (list != null && "priorityMatrix".equals(list)) {
                return plain(value);
            }
            if (WORDS.containsKey(field)) {
                return value.contains(", ") ? joined(WORDS.get(field), value.split(", "))
                        : Words.word(WORDS.get(field), value);
            }
            return switch (field) {
                case "targets.duration" -> Values.duration(value).flatMap(Durations::businessTimeWords).orElse(plain(value));
                case "targets.period" -> Values.period(value).flatMap(Durations::periodWords).orElse(plain(value));
                case "targets.percent" -> Reason.of("agreement.words.percent", "{0} %", value);
                case "escalations.quietHours" -> Reason.of("yes", "yes");
                default -> plain(value);
            };
        }

        private static Reason joined(String prefix, String[] words) {
            Reason all = Words.word(prefix, words[0]);
            for (int i = 1; i < words.length; i++) {
                all = Reason.of("agreement.words.list", "{0}, {1}", all, Words.word(prefix, words[i]));
            }
            return all;
        }

        private static Reason plain(String value) {
            return Reason.of("agreement.words.text", "{0}", value);
        }
    }
}
