package io.serval.desk;

import java.util.List;

/**
 * Tickets written with their history at once (the demo's year of tickets), not changed one by one: for each ticket,
 * where it stood after every change that matters to its measurement, as the {@link TicketMeasured} it would have
 * published then, each at its own instant; a ticket's steps in order, one ticket after the other. Published in the
 * transaction that writes the tickets: the SLA clocks replay each ticket's steps as if they had followed it live.
 */
public record TicketHistoryLoaded(List<TicketMeasured> steps) {
}
