package io.serval.agreement.internal;

import io.serval.agreement.AgreementDocument.TargetSpec;
import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of a change to one target ({@code PUT|PATCH /api/agreements/{code}/targets/{target}}): a JSON object
 * of the target's fields to change, with the {@code version} the client read. Anything else is refused
 * before the agreement is touched, so a bad body never opens a new draft.
 */
public final class TargetPatch {

    private static final Set<String> FIELDS = Arrays.stream(TargetSpec.class.getRecordComponents())
            .map(c -> c.getName()).collect(Collectors.toUnmodifiableSet());

    private TargetPatch() {
    }

    /** @throws InvalidInputException when the body is not an object of target fields (the code may only repeat). */
    public static void checkShape(JsonNode patch, String targetCode) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInputException(FieldProblem.of("body", "agreement.patch.object",
                    "send the fields to change as a JSON object"));
        }
        List<FieldProblem> problems = new ArrayList<>();
        patch.properties().forEach(field -> {
            String name = field.getKey();
            if ("code".equals(name) && !(field.getValue().isString() && targetCode.equals(field.getValue().asString()))) {
                problems.add(FieldProblem.of(name, "agreement.patch.code", "a target keeps its code {0}", targetCode));
            } else if (!FIELDS.contains(name) && !"version".equals(name)) {
                problems.add(FieldProblem.of(name, "agreement.patch.unknownField", "is not a field of a target"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The version the client read; null when the patch does not say (which {@code checkVersion} refuses). */
    public static Long version(JsonNode patch) {
        JsonNode version = patch.get("version");
        if (version == null || version.isNull()) {
            return null;
        }
        if (!version.isIntegralNumber() || !version.canConvertToLong()) {
            throw new InvalidInputException(FieldProblem.of("version", "validation.version.number",
                    "the version of the record the change was made on, a whole number"));
        }
        return version.asLong();
    }

    /** The target fields of the patch, without the version. */
    public static ObjectNode fields(JsonNode patch) {
        ObjectNode fields = ((ObjectNode) patch).deepCopy();
        fields.remove("version");
        fields.remove("code");
        return fields;
    }

    /** The problems of the target at {@code index}, named as the target's own fields ({@code targets[2].duration} → {@code duration}). */
    public static InvalidInputException relativeTo(int index, InvalidInputException invalid) {
        String prefix = "targets[" + index + "].";
        return new InvalidInputException(invalid.problems().stream()
                .map(p -> p.field() != null && p.field().startsWith(prefix)
                        ? new FieldProblem(p.field().substring(prefix.length()), p.code(), p.defaultMessage(), p.args())
                        : p)
                .toList());
    }
}
