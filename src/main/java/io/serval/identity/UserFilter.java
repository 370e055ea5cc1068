package io.serval.identity;

/** Filters of the user list; every field is optional. */
public record UserFilter(String text, String organisation, Role role) {

    public static UserFilter none() {
        return new UserFilter(null, null, null);
    }
}
