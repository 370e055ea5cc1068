package io.serval.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The content security policy allows scripts and styles from files only, so no template may hold an inline
 * script, a style element or attribute, or an event handler attribute: the browser would refuse them.
 */
class TemplatesWithoutInlineCodeTest {

    private static final List<Pattern> INLINE = List.of(
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s(th:)?style=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s(th:)?on[a-z]+=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE));

    @Test
    void noTemplateHoldsInlineScriptStyleOrEventHandlers() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(f -> f.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(template);
                for (int i = 0; i < lines.size(); i++) {
                    for (Pattern inline : INLINE) {
                        if (inline.matcher(lines.get(i)).find()) {
                            found.add(template + ":" + (i + 1) + " " + lines.get(i).trim());
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
