package io.serval.desk;

/** What a list of contacts is narrowed to (each optional); {@code q} searches the summary and the contact's name. */
public record ContactFilter(String q, ContactChannel channel, String organisation, String customer, Long ticket) {
}
