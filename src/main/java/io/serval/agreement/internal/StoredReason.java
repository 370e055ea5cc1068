package io.serval.agreement.internal;

import io.serval.core.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A reason kept in one line of text, to be read out later in the reader's language: its key, English text and
 * arguments as JSON ({@code {"code":…,"text":…,"args":[…]}}), where an argument is text, a number or a phrase of
 * the same shape. Lines written by earlier versions (key, text and arguments separated by tabs, or plain English)
 * are still read.
 */
final class StoredReason {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LEGACY_SEPARATOR = "\t";

    private StoredReason() {
    }

    static String write(Reason reason) {
        return JSON.writeValueAsString(node(reason));
    }

    static Reason read(String line) {
        if (line.startsWith("{")) {
            return reason(JSON.readTree(line));
        }
        String[] parts = line.split(LEGACY_SEPARATOR, -1);
        if (parts.length < 2) {
            return Reason.of("agreement.revision.text", "{0}", line);
        }
        return new Reason(parts[0], parts[1], (Object[]) Arrays.copyOfRange(parts, 2, parts.length));
    }

    private static ObjectNode node(Reason reason) {
        ObjectNode node = JSON.createObjectNode().put("code", reason.code()).put("text", reason.defaultMessage());
        ArrayNode args = node.putArray("args");
        for (Object arg : reason.args()) {
            if (arg instanceof Reason phrase) {
                args.add(node(phrase));
            } else if (arg instanceof Integer || arg instanceof Long) {
                args.add(((Number) arg).longValue());
            } else if (arg instanceof BigDecimal decimal) {
                args.add(decimal);
            } else {
                args.add(String.valueOf(arg));
            }
        }
        return node;
    }

    private static Reason reason(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : node.path("args")) {
            if (arg.isObject()) {
                args.add(reason(arg));
            } else if (arg.isIntegralNumber()) {
                args.add(arg.longValue());
            } else if (arg.isNumber()) {
                args.add(arg.decimalValue());
            } else {
                args.add(arg.asString());
            }
        }
        return new Reason(node.path("code").asString(), node.path("text").asString(), args.toArray());
    }
}
