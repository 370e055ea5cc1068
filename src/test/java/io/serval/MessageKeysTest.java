package io.serval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code and the templates use exists in the English and in the Chinese bundles (any of the
 * bundles listed in {@code spring.messages.basename}): a missing key shows users its English default or the key.
 * Keys used are the dotted lower-case string literals of the Java code (FieldProblem, Reason and violation codes,
 * {@code getMessage("…")}, flash keys, constants), the {@code problem.<type>} titles of problem details, and the
 * literal {@code #{…}} expressions of the templates.
 */
class MessageKeysTest {

    /** Dotted literals that are configuration properties, not message keys. */
    private static final Set<String> CONFIGURATION_ROOTS = Set.of("serval", "server", "local", "spring", "management",
            "springdoc", "logging");
    private static final Pattern DOTTED_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"");
    /** Literals handed to the calls that look a message up: these must be keys, whatever else they look like. */
    private static final Pattern KEY_CALL = Pattern.compile(
            "(?:Reason\\.of\\(|getMessage\\(|FieldProblem\\.of\\([^,()]+,)\\s*\"([a-z][A-Za-z0-9_.-]+)\"");
    private static final Pattern PROBLEM_TYPE = Pattern.compile("of\\(\\s*HttpStatus\\.\\w+\\s*,\\s*\"([a-z-]+)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)");
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyKeyTheCodeUsesIsInBothLanguages() throws IOException {
        Set<String> english = keys("");
        Set<String> chinese = keys("_zh_CN");
        TreeMap<String, Path> used = new TreeMap<>();
        for (Path source : files(Path.of("src/main/java"), ".java")) {
            String text = Files.readString(source);
            // other dotted literals count where either bundle knows them as a key; a literal that only starts keys
            // (code composes "agreement.impact." + value) or names a document path is not a key itself
            find(DOTTED_LITERAL, text).stream()
                    .filter(key -> !CONFIGURATION_ROOTS.contains(key.substring(0, key.indexOf('.'))))
                    .filter(key -> english.contains(key) || chinese.contains(key))
                    .forEach(key -> used.putIfAbsent(key, source));
            find(KEY_CALL, text).stream().filter(key -> !key.endsWith(".")) // a prefix the code completes
                    .forEach(key -> used.putIfAbsent(key, source));
            find(PROBLEM_TYPE, text).forEach(type -> used.putIfAbsent("problem." + type, source));
        }
        for (Path template : files(RESOURCES.resolve("templates"), ".html")) {
            String markup = Files.readString(template).replaceAll("(?s)<!--.*?-->", ""); // examples in comments
            find(TEMPLATE_KEY, markup).forEach(key -> used.putIfAbsent(key, template));
        }

        List<String> missing = used.entrySet().stream()
                .filter(use -> !english.contains(use.getKey()) || !chinese.contains(use.getKey()))
                .map(use -> use.getKey() + " (used in " + use.getValue() + "; missing in"
                        + (english.contains(use.getKey()) ? "" : " en") + (chinese.contains(use.getKey()) ? "" : " zh_CN") + ")")
                .toList();

        assertThat(used).as("keys found").hasSizeGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    /** The keys of every bundle listed in spring.messages.basename, in one language. */
    private static Set<String> keys(String suffix) throws IOException {
        Matcher basename = Pattern.compile("basename:\\s*(\\S+)").matcher(Files.readString(RESOURCES.resolve("application.yml")));
        assertThat(basename.find()).as("spring.messages.basename").isTrue();
        Set<String> keys = new HashSet<>();
        for (String name : basename.group(1).split(",")) {
            Properties bundle = new Properties();
            try (var reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name.trim() + suffix + ".properties")),
                    StandardCharsets.UTF_8)) {
                bundle.load(reader);
            }
            keys.addAll(bundle.stringPropertyNames());
        }
        return keys;
    }

    private static List<String> find(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(m -> m.group(1)).toList();
    }

    private static List<Path> files(Path root, String ending) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(ending)).sorted().toList();
        }
    }
}
