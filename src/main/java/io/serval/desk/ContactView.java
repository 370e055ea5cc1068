package io.serval.desk;

import java.time.Instant;

/**
 * A recorded contact; {@code subjectType}/{@code subjectId} name what it concerns (a {@code TICKET}, later a work
 * request or a complaint), {@code subjectNumber} that record's readable number.
 */
public record ContactView(long id, ContactChannel channel, String customer, String name, String phone, String email,
        String organisation, Instant at, String summary, String subjectType, Long subjectId, String subjectNumber,
        String recordedBy, Instant recordedAt) {

    /** Who called: the customer's user name, else the name given. */
    public String who() {
        return customer != null ? customer : name;
    }
}
