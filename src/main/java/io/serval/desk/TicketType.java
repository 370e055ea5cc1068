package io.serval.desk;

/** What a ticket is about; the number's prefix says it (INC-2026-000123). */
public enum TicketType {
    INCIDENT("INC"),
    SERVICE_REQUEST("REQ"),
    ENQUIRY("ENQ"),
    SUGGESTION("SUG");

    private final String prefix;

    TicketType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
