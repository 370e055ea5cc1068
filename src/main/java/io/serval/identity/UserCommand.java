package io.serval.identity;

import java.util.Set;

/**
 * What an administrator enters for a user. {@code password} may be blank when editing (keeps the old one);
 * {@code enabled} defaults to true; {@code version} is the one they edited (null when new).
 */
public record UserCommand(String username, String displayName, String email, String organisation, Set<Role> roles,
        String language, Boolean enabled, String password, Long version) {

    public boolean isEnabled() {
        return enabled == null || enabled;
    }
}
