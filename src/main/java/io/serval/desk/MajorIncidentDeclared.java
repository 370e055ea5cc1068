package io.serval.desk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket became a major incident, by an agent or {@code automatic}ally (a P1 on a critical service); the duty
 * manager is to hear of it at once, and a management review is due by {@code reviewDue}.
 */
public record MajorIncidentDeclared(long ticketId, String number, String organisation, String service, String priority,
        String reason, boolean automatic, String declaredBy, Instant at, LocalDate reviewDue) {
}
