package io.serval.clock;

import java.time.Instant;
import java.util.List;

/**
 * A clock as anyone can check it: the target, metric and party ({@code SLA}, or the OLA/UC code of a team or
 * supplier clock), where it stands, business seconds elapsed, the due instant (null while paused), whether it is
 * over its target, and its segments each with its business time; besides: the measured record, the terms (limit
 * as an ISO duration, calendar, thresholds), the next threshold, the thresholds fired, a breach's cause and the
 * notes of what changed on it.
 */
public record ClockView(
        long id,
        String target,
        String metric,
        String party,
        ClockState state,
        long elapsedSeconds,
        Instant due,
        boolean breached,
        List<Segment> segments,
        String recordType,
        long recordId,
        String recordNumber,
        String customer,
        String service,
        String priority,
        String group,
        String assignee,
        String agreement,
        String definedBy,
        String partyKind,
        String partyOrganisation,
        String limit,
        long limitSeconds,
        String calendar,
        List<Integer> thresholds,
        List<Integer> fired,
        Integer nextThresholdPercent,
        Instant nextThresholdAt,
        Long secondsLeft,
        String causeKind,
        String causeParty,
        Instant startedAt,
        Instant stoppedAt,
        List<Note> notes) {

    /** The clock as a customer reads it: a breach's cause by kind, without the provider's OLA or UC codes. */
    public ClockView withoutInternalParties() {
        return new ClockView(id, target, metric, party, state, elapsedSeconds, due, breached, segments, recordType,
                recordId, recordNumber, customer, service, priority, group, assignee, agreement, definedBy, partyKind,
                partyOrganisation, limit, limitSeconds, calendar, thresholds, fired, nextThresholdPercent,
                nextThresholdAt, secondsLeft, causeKind, null, startedAt, stoppedAt,
                notes.stream().filter(n -> !"BREACH_CAUSE".equals(n.kind())).toList());
    }

    /** A stretch of the clock: {@code RUNNING} or {@code PAUSED}, its calendar span and its business time. */
    public record Segment(String state, Instant from, Instant to, long businessSeconds, String reason) {
    }

    /** Something that happened to the clock: {@code kind} a message key's last part ({@code clock.note.<kind>}). */
    public record Note(Instant at, String kind, List<String> args) {
    }
}
