package io.serval.identity;

/** An organisation as the API and other modules see it. */
public record OrganisationView(long id, String code, String name, OrganisationKind kind, long version) {
}
