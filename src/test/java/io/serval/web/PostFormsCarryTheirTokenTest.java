package io.serval.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Thymeleaf adds the CSRF token to a form only when the form has {@code th:action}: a POST form without it is
 * refused by the server whatever the user's roles (the catalog forms once were). Every template is checked.
 */
class PostFormsCarryTheirTokenTest {

    private static final Pattern FORM_TAG = Pattern.compile("<form\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern POST = Pattern.compile("\\bmethod=\"post\"", Pattern.CASE_INSENSITIVE);

    @Test
    void everyPostFormInEveryTemplateHasAThAction() throws IOException {
        List<String> withoutToken = new ArrayList<>();
        int postForms = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Matcher form = FORM_TAG.matcher(Files.readString(template));
                while (form.find()) {
                    if (POST.matcher(form.group()).find()) {
                        postForms++;
                        if (!form.group().contains("th:action=")) {
                            withoutToken.add(template + ": " + form.group().replaceAll("\\s+", " "));
                        }
                    }
                }
            }
        }
        assertThat(postForms).as("POST forms found").isGreaterThan(10);
        assertThat(withoutToken).isEmpty();
    }
}
