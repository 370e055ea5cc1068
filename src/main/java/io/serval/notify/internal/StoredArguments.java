package io.serval.notify.internal;

import io.serval.notify.Notice;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A notice's arguments as stored: a JSON object of name → {@code {"value": text}} or {@code {"key": message key}}.
 */
public final class StoredArguments {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Map<String, String>>> STORED = new TypeReference<>() {
    };

    private StoredArguments() {
    }

    public static String write(Map<String, Notice.Argument> arguments) {
        Map<String, Map<String, String>> stored = new LinkedHashMap<>();
        arguments.forEach((name, argument) -> stored.put(name, argument instanceof Notice.Key k
                ? Map.of("key", k.key()) : Map.of("value", ((Notice.Value) argument).text())));
        return JSON.writeValueAsString(stored);
    }

    /** The stored form as it is: name → {@code {"value": …}} or {@code {"key": …}} (as the API shows it). */
    public static Map<String, Map<String, String>> stored(String json) {
        return JSON.readValue(json, STORED);
    }

    public static Map<String, Notice.Argument> read(String json) {
        Map<String, Notice.Argument> arguments = new LinkedHashMap<>();
        stored(json).forEach((name, argument) -> arguments.put(name, argument.containsKey("key")
                ? new Notice.Key(argument.get("key")) : new Notice.Value(argument.get("value"))));
        return arguments;
    }
}
