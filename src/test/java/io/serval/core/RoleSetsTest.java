package io.serval.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serval.identity.CurrentUser;
import io.serval.identity.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Role sets are spelled once, in {@link RoleSets}; code and templates only name them. */
class RoleSetsTest {

    private static final Pattern SPELLED_OUT = Pattern.compile("has(Any)?Role\\(\\s*['\"]");
    private static final Pattern NAMED_IN_TEMPLATE = Pattern.compile("isIn\\('([A-Z_]+)'\\)");

    private final CurrentUser currentUser = new CurrentUser();

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void noCodeOrTemplateSpellsOutARoleSet() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            if (file.endsWith("RoleSets.java")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (SPELLED_OUT.matcher(lines.get(i)).find()) {
                    offenders.add(file + ":" + (i + 1) + " " + lines.get(i).trim());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everySetATemplateNamesExists() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (Path file : sources()) {
            Matcher named = NAMED_IN_TEMPLATE.matcher(Files.readString(file));
            while (named.find()) {
                if (!RoleSets.all().containsKey(named.group(1))) {
                    unknown.add(file + ": " + named.group(1));
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyRoleASetNamesExists() {
        Pattern quoted = Pattern.compile("'([A-Z_]+)'");
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).toList();
        RoleSets.all().values().forEach(expression -> {
            Matcher role = quoted.matcher(expression);
            while (role.find()) {
                assertThat(roles).as(expression).contains(role.group(1));
            }
        });
    }

    @Test
    void aMaintainerDraftsAgreementsButDoesNotApproveThem() {
        logIn("ROLE_AGREEMENT_MAINTAINER");
        assertThat(currentUser.isIn("AGREEMENT_DRAFTERS")).isTrue();
        assertThat(currentUser.isIn("SERVICE_LEVEL_MANAGERS")).isFalse();
        assertThat(currentUser.satisfies(RoleSets.STAFF)).isTrue();
    }

    @Test
    void aCustomerIsAnOutsiderNotStaff() {
        logIn("ROLE_CUSTOMER");
        assertThat(currentUser.isIn("CUSTOMERS_AND_PROVIDERS")).isTrue();
        assertThat(currentUser.isIn("STAFF")).isFalse();
    }

    @Test
    void someoneAnonymousIsInNoSetNotEvenStaff() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(currentUser.isIn("STAFF")).isFalse();
    }

    @Test
    void aMisspelledSetIsAnError() {
        logIn("ROLE_ADMIN");
        assertThatThrownBy(() -> currentUser.isIn("DRAFTERS")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void logIn(String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, AuthorityUtils.createAuthorityList(authorities)));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources/templates")))) {
            return files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".html")).toList();
        }
    }
}
