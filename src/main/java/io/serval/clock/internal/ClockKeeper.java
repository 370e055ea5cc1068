package io.serval.clock.internal;

import io.serval.agreement.AgreementType;
import io.serval.agreement.EffectiveTargets;
import io.serval.agreement.MeasuredTarget;
import io.serval.agreement.MeasuredTargets;
import io.serval.agreement.Metric;
import io.serval.calendar.CalendarService;
import io.serval.clock.ClockState;
import io.serval.clock.ClockStopped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a measured record's clocks in step with it, in the transaction of the record's change: starts an SLA clock
 * per metric the record's kind is measured by (the effective target for its customer, service and priority), an
 * OLA clock beside it while the record sits with a team that signed one, a UC clock while it waits for a supplier
 * that signed one; runs, pauses and stops them by the clock rules; re-targets them, keeping every second spent,
 * when the customer, service or priority changes; and tells a breach's cause.
 */
@Component
class ClockKeeper {

    private static final Set<Phase> DONE = EnumSet.of(Phase.RESOLVED, Phase.CLOSED, Phase.CANCELLED);

    private final ClockStore store;
    private final EffectiveTargets effectiveTargets;
    private final MeasuredTargets measuredTargets;
    private final ClockTargets clockTargets;
    private final CalendarService calendars;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClockKeeper(ClockStore store, EffectiveTargets effectiveTargets, MeasuredTargets measuredTargets,
            ClockTargets clockTargets, CalendarService calendars, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.effectiveTargets = effectiveTargets;
        this.measuredTargets = measuredTargets;
        this.clockTargets = clockTargets;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void observe(MeasuredRecord record) {
        LocalDate day = LocalDate.ofInstant(record.at(), clock.getZone());
        RecordSnapshot snapshot = record.snapshot();
        List<StoredClock> clocks = new ArrayList<>(store.lockedOfRecord(record.type(), record.id()));
        Map<StoredClock, String> notes = new IdentityHashMap<>();
        List<StoredClock> created = new ArrayList<>();
        List<StoredClock> changed = new ArrayList<>();

        for (Metric metric : record.metrics()) {
            StoredClock sla = find(clocks, metric, Party.SLA.code());
            if (sla == null) {
                if (!DONE.contains(snapshot.phase())) {
                    effectiveTargets.measured(record.customer(), record.service(), record.priority(), metric, day)
                            .ifPresent(target -> created.add(start(record, Party.SLA, target)));
                }
            } else if (!sla.clock.state().stopped() && measuredDifferently(sla, record)) {
                Optional<MeasuredTarget> target = effectiveTargets.measured(record.customer(), record.service(),
                        record.priority(), metric, day);
                String before = sla.definedBy + "/" + sla.terms().target() + " " + sla.terms().priority();
                if (target.isPresent() && !sameTerms(sla, target.get())) {
                    retarget(sla, target.get(), record);
                    notes.put(sla, "RETARGETED\u001f" + before + "\u001f" + sla.definedBy + "/" + sla.terms().target()
                            + " " + sla.terms().priority());
                } else if (target.isEmpty()) {
                    notes.put(sla, "NO_TARGET\u001f" + before);
                }
            }
        }
        clocks.addAll(created);
        for (StoredClock sla : List.copyOf(clocks)) {
            if (!sla.isSla() || sla.clock.state().stopped()) {
                continue;
            }
            if (snapshot.phase() == Phase.OPEN && record.group() != null) {
                beside(sla, AgreementType.OLA, record.group(), record, day, clocks, created);
            }
            if (snapshot.phase() == Phase.PENDING_SUPPLIER && snapshot.supplier() != null) {
                beside(sla, AgreementType.UC, snapshot.supplier(), record, day, clocks, created);
            }
        }

        List<StoredClock> stopped = new ArrayList<>();
        for (StoredClock c : clocks) {
            ClockState before = c.clock.state();
            boolean moved = c.clock.apply(ClockRules.motion(c.party, c.terms(), snapshot), record.at(),
                    ClockRules.reason(c.party, snapshot));
            boolean moves = follow(c, record);
            if (!created.contains(c) && (moved || moves || notes.containsKey(c)) && !changed.contains(c)) {
                changed.add(c);
            }
            if (!before.stopped() && c.clock.state().stopped()) {
                stopped.add(c);
            }
        }

        Instant now = record.at();
        for (StoredClock c : created) {
            store.insert(c, now);
            store.note(c.id, now, "STARTED", c.definedBy + "/" + c.terms().target(), String.valueOf(c.terms().priority()));
        }
        for (StoredClock c : changed) {
            store.update(c, now);
        }
        for (Map.Entry<StoredClock, String> note : notes.entrySet()) {
            String[] parts = note.getValue().split("\u001f");
            store.note(note.getKey().id, now, parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length));
        }
        for (StoredClock c : stopped) {
            if (c.isSla() && c.clock.state() == ClockState.BREACHED) {
                store.breachCause(c, BreachAttribution.of(c, clocks, now), now);
                store.update(c, now);
            }
            events.publishEvent(stoppedEvent(c, now));
        }
    }

    /** Starts the clock of {@code party} under {@code target}'s terms if it has none for that metric yet. */
    private void beside(StoredClock sla, AgreementType type, String partyOrganisation, MeasuredRecord record,
            LocalDate day, List<StoredClock> clocks, List<StoredClock> created) {
        // an OLA or UC names the SLA target as it saw it: in the SLA that applies, or in the one that defines it
        List<MeasuredTarget> underpinning = new ArrayList<>(measuredTargets.underpinning(sla.terms().agreement(),
                sla.terms().target(), type, partyOrganisation, day));
        if (!sla.terms().agreement().equals(sla.definedBy)) {
            underpinning.addAll(measuredTargets.underpinning(sla.definedBy, sla.terms().target(), type, partyOrganisation, day));
        }
        for (MeasuredTarget target : underpinning) {
            Party party = new Party(Party.Kind.valueOf(type.name()), target.agreement(), partyOrganisation);
            // a team's response clock is not started by the very move that responds (it would only ever be met at 0)
            if (find(clocks, target.metric(), target.agreement()) == null
                    && ClockRules.motion(party, clockTargets.terms(target, record.priority()), record.snapshot()) != Motion.STOP) {
                StoredClock c = start(record, party, target);
                clocks.add(c);
                created.add(c);
            }
        }
    }

    private StoredClock start(MeasuredRecord record, Party party, MeasuredTarget target) {
        StoredClock c = new StoredClock(null, 0, record.type(), record.id(), party, record.at());
        c.definedBy = target.definedBy();
        ClockTerms terms = clockTargets.terms(target, record.priority());
        Motion motion = ClockRules.motion(party, terms, record.snapshot());
        c.clock = MeasuredClock.start(terms, calendars.calendar(terms.calendar()), record.at(), motion == Motion.RUN,
                ClockRules.reason(party, record.snapshot()));
        follow(c, record);
        return c;
    }

    private void retarget(StoredClock c, MeasuredTarget target, MeasuredRecord record) {
        Instant at = record.at();
        ClockTerms terms = clockTargets.terms(target, record.priority());
        List<Integer> withdrawn = c.clock.remeasure(terms, calendars.calendar(terms.calendar()), at);
        c.definedBy = target.definedBy();
        if (!withdrawn.isEmpty() && c.id != null) {
            store.withdrawn(c.id, withdrawn, at);
            store.note(c.id, at, "WITHDRAWN", withdrawn.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
    }

    /** The record's own fields on the clock (for lists and filters); whether any changed. */
    private static boolean follow(StoredClock c, MeasuredRecord record) {
        boolean changed = !Objects.equals(c.recordNumber, record.number()) || !Objects.equals(c.customer, record.customer())
                || !Objects.equals(c.service, record.service()) || !Objects.equals(c.priority, record.priority())
                || !Objects.equals(c.group, record.group()) || !Objects.equals(c.assignee, record.assignee());
        c.recordNumber = record.number();
        c.customer = record.customer();
        c.service = record.service();
        c.priority = record.priority();
        c.group = record.group();
        c.assignee = record.assignee();
        return changed;
    }

    private static boolean measuredDifferently(StoredClock c, MeasuredRecord record) {
        return !Objects.equals(c.customer, record.customer()) || !Objects.equals(c.service, record.service())
                || !Objects.equals(c.priority, record.priority());
    }

    private static boolean sameTerms(StoredClock c, MeasuredTarget target) {
        ClockTerms t = c.terms();
        return t.agreement().equals(target.agreement()) && t.target().equals(target.target())
                && t.limit().equals(target.limit()) && t.calendar().equals(target.calendar())
                && Objects.equals(c.definedBy, target.definedBy());
    }

    private static StoredClock find(List<StoredClock> clocks, Metric metric, String party) {
        return clocks.stream().filter(c -> c.terms().metric() == metric && c.party.code().equals(party)).findFirst()
                .orElse(null);
    }

    static ClockStopped stoppedEvent(StoredClock c, Instant at) {
        return new ClockStopped(c.id, c.recordType, c.recordId, c.recordNumber, c.terms().metric().name(), c.party.code(),
                c.terms().agreement(), c.terms().target(), c.terms().priority(), c.clock.state(),
                c.clock.elapsed(at).getSeconds(), c.causeKind, c.causeParty, at);
    }
}
