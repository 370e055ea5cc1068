package io.serval.identity;

/** Filters of the user list; every field is optional ({@code enabled} false: only users who cannot log in). */
public record UserFilter(String text, String organisation, Role role, Boolean enabled) {

    public UserFilter(String text, String organisation, Role role) {
        this(text, organisation, role, null);
    }

    public static UserFilter none() {
        return new UserFilter(null, null, null, null);
    }
}
