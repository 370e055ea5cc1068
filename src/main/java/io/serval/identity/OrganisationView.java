package io.serval.identity;

/**
 * An organisation as the API and other modules see it: {@code name} is its name in the current user's language
 * (falling back to the other language), {@code nameZh} and {@code nameEn} the names as entered.
 */
public record OrganisationView(long id, String code, String name, String nameZh, String nameEn, OrganisationKind kind,
        long version) {
}
