package io.serval.identity;

/**
 * What an administrator enters for an organisation: its name in Chinese, in English or both; {@code version} is the
 * one they edited (null when new). {@code name} is read only from clients that send a single name for both
 * languages (when neither {@code nameZh} nor {@code nameEn} is given), so an {@link OrganisationView} can be sent
 * back as it is.
 */
public record OrganisationCommand(String code, String name, String nameZh, String nameEn, OrganisationKind kind,
        Long version) {
}
