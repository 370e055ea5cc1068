package io.serval.clock.internal;

import io.serval.clock.ClockState;
import java.time.Instant;
import java.util.List;

/**
 * A clock as kept: the measured record it belongs to (its type, id and number; where it stands now: customer,
 * service, priority, team and assignee), the party whose commitment it measures, and its arithmetic. Changed
 * in place by the keeper, written back with a version check.
 */
final class StoredClock {

    Long id;
    long version;
    final String recordType;
    final long recordId;
    String recordNumber;
    String customer;
    String service;
    String priority;
    String group;
    String assignee;
    final Party party;
    String definedBy;
    MeasuredClock clock;
    final Instant startedAt;
    String causeKind;
    String causeParty;
    /** What was derived from the segments when the clock was last written (null for a clock not yet stored). */
    Written written;
    /**
     * Each segment's business time as stored when the clock was last written (null where none is: an open segment,
     * one written before it was kept); what a stopped clock shows.
     */
    List<Long> measuredSeconds = List.of();

    /** A clock's state and derived columns as stored: elapsed business time at {@code updatedAt}, due, next threshold. */
    record Written(ClockState state, long elapsedSeconds, Instant due, Integer nextPercent, Instant nextAt,
            Instant updatedAt) {
    }

    StoredClock(Long id, long version, String recordType, long recordId, Party party, Instant startedAt) {
        this.id = id;
        this.version = version;
        this.recordType = recordType;
        this.recordId = recordId;
        this.party = party;
        this.startedAt = startedAt;
    }

    ClockTerms terms() {
        return clock.terms();
    }

    /**
     * Whether the clock was stopped when read and still is in the same state: it keeps the elapsed time, due instant
     * and segment times it was measured as, whatever its calendar became since.
     */
    boolean staysStopped() {
        return written != null && written.state().stopped() && clock.state() == written.state();
    }

    boolean isSla() {
        return party.kind() == Party.Kind.SLA;
    }
}
