package io.serval.identity;

import java.util.Set;

/**
 * What an administrator enters for a user. {@code password} may be blank when editing (keeps the old one);
 * {@code version} is the one they edited (null when new).
 */
public record UserCommand(String username, String displayName, String email, String organisation, Set<Role> roles,
        String language, boolean enabled, String password, Long version) {
}
