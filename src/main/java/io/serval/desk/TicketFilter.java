package io.serval.desk;

/**
 * What a ticket list is narrowed to (each optional); {@code q} searches number, subject and description;
 * {@code unassigned} keeps the tickets nobody has taken.
 */
public record TicketFilter(String q, TicketStatus status, String priority, String service, String organisation,
        String group, String assignee, boolean unassigned) {
}
