package io.serval.identity;

/** What an administrator enters for an organisation; {@code version} is the one they edited (null when new). */
public record OrganisationCommand(String code, String name, OrganisationKind kind, Long version) {
}
