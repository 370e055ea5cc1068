package io.serval.desk;

import java.time.Instant;

/** An escalation on a ticket's record: {@code to} is the group (functional) or the level (hierarchical). */
public record EscalationView(long id, EscalationKind kind, String fromGroup, String to, String reason, String actor,
        Instant at) {
}
