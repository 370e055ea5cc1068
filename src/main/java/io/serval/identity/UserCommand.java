package io.serval.identity;

import io.serval.core.SingleLine;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an administrator enters for a user. {@code password} may be blank when editing (keeps the old one);
 * {@code enabled} defaults to true; {@code version} is the one they edited (null when new). Lengths are those of
 * the columns; the password's limit is in bytes (BCrypt reads no more than 72) and is checked by the editor.
 */
public record UserCommand(String username, @Size(max = 200) @SingleLine String displayName,
        @Size(max = 200) String email, String organisation, Set<Role> roles, String language, Boolean enabled,
        String password, Long version) {

    public boolean isEnabled() {
        return enabled == null || enabled;
    }
}
