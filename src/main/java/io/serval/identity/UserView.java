package io.serval.identity;

import java.util.SortedSet;

/** A user as the API, the audit log and other modules see it (never the password). */
public record UserView(long id, String username, String displayName, String email, String organisation,
        SortedSet<Role> roles, String language, boolean enabled, long version) {
}
