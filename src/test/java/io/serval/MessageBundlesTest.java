package io.serval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every English bundle (messages.properties) has a Chinese twin (messages_zh_CN.properties) with the same keys. */
class MessageBundlesTest {

    static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            return files.filter(f -> f.getFileName().toString().equals("messages.properties")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("englishBundles")
    void chineseAndEnglishBundlesHoldTheSameKeys(Path english) throws IOException {
        Properties en = load(english);
        Properties zh = load(english.resolveSibling("messages_zh_CN.properties"));
        assertThat(zh.stringPropertyNames()).as(english.toString()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (Properties bundle : List.of(en, zh)) {
            assertThat(bundle.stringPropertyNames()).allSatisfy(key ->
                    assertThat(bundle.getProperty(key)).as(english + " " + key).isNotBlank());
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
