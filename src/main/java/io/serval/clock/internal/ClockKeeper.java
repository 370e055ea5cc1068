package io.serval.clock.internal;

import io.serval.agreement.AgreementType;
import io.serval.agreement.EffectiveTargets;
import io.serval.agreement.MeasuredTarget;
import io.serval.agreement.MeasuredTargets;
import io.serval.agreement.Metric;
import io.serval.calendar.BusinessCalendar;
import io.serval.calendar.CalendarService;
import io.serval.clock.ClockState;
import io.serval.clock.ClockStopped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        Kept kept = new Kept(store.lockedOfRecord(record.type(), record.id()));
        step(kept, record, new Targets());
        Kept.write(List.of(kept), store, record.at());
        for (StoredClock c : kept.stopped) {
            events.publishEvent(stoppedEvent(c, record.at()));
        }
    }

    /**
     * Replays the histories of records loaded at once rather than followed change by change (the demo's year of
     * tickets): each record's steps in order, each kept as {@link #observe} would have kept it at its own instant,
     * and before each step, and at last by now, the thresholds reached meanwhile recorded as fired at the instant
     * they were reached, with the breach's cause as it stood then: what a threshold pass running at each such
     * instant would have recorded. Nobody is told of any of it (no notice, no mail, no {@link ClockStopped}, no
     * threshold event): it is history. The clocks are written once, all of them after the last steps, so the next
     * threshold of each is still ahead of now; the pass fires those when they come, as for any clock. A record the
     * clocks already follow is left as it is (its history was observed as it happened).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replay(List<List<MeasuredRecord>> histories) {
        Map<String, Set<Long>> followed = new HashMap<>();
        histories.stream().filter(h -> !h.isEmpty()).map(h -> h.get(0))
                .collect(Collectors.groupingBy(MeasuredRecord::type, Collectors.mapping(MeasuredRecord::id, Collectors.toList())))
                .forEach((type, ids) -> followed.put(type, store.withClocks(type, ids)));
        Targets targets = new Targets();
        Instant now = clock.instant();
        List<Kept> all = new ArrayList<>();
        for (List<MeasuredRecord> steps : histories) {
            if (steps.isEmpty() || followed.get(steps.get(0).type()).contains(steps.get(0).id())) {
                continue;
            }
            Kept kept = new Kept(List.of());
            for (MeasuredRecord step : steps) {
                fireReached(kept, step.at());
                step(kept, step, targets);
            }
            fireReached(kept, now);
            all.add(kept);
        }
        Kept.write(all, store, now);
    }

    /** Moves the record's clocks by one change, in memory: what is to be written is left on {@code kept}. */
    private void step(Kept kept, MeasuredRecord record, Targets targets) {
        LocalDate day = LocalDate.ofInstant(record.at(), clock.getZone());
        RecordSnapshot snapshot = record.snapshot();
        List<StoredClock> clocks = kept.clocks;
        Map<StoredClock, String> notes = new IdentityHashMap<>();
        List<StoredClock> created = new ArrayList<>();

        for (Metric metric : record.metrics()) {
            StoredClock sla = find(clocks, metric, Party.SLA.code());
            if (sla == null) {
                if (!DONE.contains(snapshot.phase())) {
                    targets.measured(record.customer(), record.service(), record.priority(), metric, day)
                            .ifPresent(target -> created.add(start(record, Party.SLA, target, targets)));
                }
            } else if (!sla.clock.state().stopped() && measuredDifferently(sla, record)) {
                Optional<MeasuredTarget> target = targets.measured(record.customer(), record.service(),
                        record.priority(), metric, day);
                String before = sla.definedBy + "/" + sla.terms().target() + " " + sla.terms().priority();
                if (target.isPresent() && !sameTerms(sla, target.get())) {
                    retarget(kept, sla, target.get(), record, targets);
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
                beside(sla, AgreementType.OLA, record.group(), record, day, clocks, created, targets);
            }
            if (snapshot.phase() == Phase.PENDING_SUPPLIER && snapshot.supplier() != null) {
                beside(sla, AgreementType.UC, snapshot.supplier(), record, day, clocks, created, targets);
            }
        }

        List<StoredClock> stopped = new ArrayList<>();
        for (StoredClock c : clocks) {
            ClockState before = c.clock.state();
            boolean moved = c.clock.apply(ClockRules.motion(c.party, c.terms(), snapshot), record.at(),
                    ClockRules.reason(c.party, snapshot));
            boolean moves = follow(c, record);
            if (!created.contains(c) && (moved || moves || notes.containsKey(c))) {
                kept.changed(c);
            }
            if (!before.stopped() && c.clock.state().stopped()) {
                stopped.add(c);
            }
        }

        Instant now = record.at();
        for (StoredClock c : created) {
            kept.created(c);
            kept.note(c, now, "STARTED", c.definedBy + "/" + c.terms().target(), String.valueOf(c.terms().priority()));
        }
        for (Map.Entry<StoredClock, String> note : notes.entrySet()) {
            String[] parts = note.getValue().split("\u001f");
            kept.note(note.getKey(), now, parts[0], Arrays.copyOfRange(parts, 1, parts.length));
        }
        for (StoredClock c : stopped) {
            if (c.isSla() && c.clock.state() == ClockState.BREACHED) {
                kept.cause(c, BreachAttribution.of(c, clocks, now), now);
            }
            kept.stopped.add(c);
        }
    }

    /** Records as fired, on {@code kept}, what its clocks have reached by {@code at} (a replay's silent pass). */
    private static void fireReached(Kept kept, Instant at) {
        for (StoredClock c : kept.clocks) {
            List<MeasuredClock.Threshold> reached = c.clock.reached(at);
            for (MeasuredClock.Threshold threshold : reached) {
                kept.fired(c, threshold.percent(), threshold.at());
                c.clock.fired(threshold.percent());
            }
            reached.stream().filter(t -> t.percent() >= 100 && c.isSla()).findFirst()
                    .ifPresent(breach -> kept.cause(c, BreachAttribution.of(c, kept.clocks, breach.at()), breach.at()));
            if (!reached.isEmpty()) {
                kept.changed(c);
            }
        }
    }

    /** Starts the clock of {@code party} under {@code target}'s terms if it has none for that metric yet. */
    private void beside(StoredClock sla, AgreementType type, String partyOrganisation, MeasuredRecord record,
            LocalDate day, List<StoredClock> clocks, List<StoredClock> created, Targets targets) {
        // an OLA or UC names the SLA target as it saw it: in the SLA that applies, or in the one that defines it
        List<MeasuredTarget> underpinning = new ArrayList<>(targets.underpinning(sla.terms().agreement(),
                sla.terms().target(), type, partyOrganisation, day));
        if (!sla.terms().agreement().equals(sla.definedBy)) {
            underpinning.addAll(targets.underpinning(sla.definedBy, sla.terms().target(), type, partyOrganisation, day));
        }
        for (MeasuredTarget target : underpinning) {
            Party party = new Party(Party.Kind.valueOf(type.name()), target.agreement(), partyOrganisation);
            // a team's response clock is not started by the very move that responds (it would only ever be met at 0)
            if (find(clocks, target.metric(), target.agreement()) == null
                    && ClockRules.motion(party, clockTargets.terms(target, record.priority()), record.snapshot())
                            != Motion.STOP) {
                StoredClock c = start(record, party, target, targets);
                clocks.add(c);
                created.add(c);
            }
        }
    }

    private StoredClock start(MeasuredRecord record, Party party, MeasuredTarget target, Targets targets) {
        StoredClock c = new StoredClock(null, 0, record.type(), record.id(), party, record.at());
        c.definedBy = target.definedBy();
        ClockTerms terms = clockTargets.terms(target, record.priority());
        Motion motion = ClockRules.motion(party, terms, record.snapshot());
        c.clock = MeasuredClock.start(terms, targets.calendar(terms.calendar()), record.at(), motion == Motion.RUN,
                ClockRules.reason(party, record.snapshot()));
        follow(c, record);
        return c;
    }

    private void retarget(Kept kept, StoredClock c, MeasuredTarget target, MeasuredRecord record, Targets targets) {
        Instant at = record.at();
        ClockTerms terms = clockTargets.terms(target, record.priority());
        List<Integer> withdrawn = c.clock.remeasure(terms, targets.calendar(terms.calendar()), at);
        c.definedBy = target.definedBy();
        if (!withdrawn.isEmpty()) {
            kept.withdrawn(c, withdrawn, at);
            kept.note(c, at, "WITHDRAWN", withdrawn.stream().map(String::valueOf).collect(Collectors.joining(",")));
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

    /**
     * The targets the keeper measures by and their calendars, as the agreements and calendars say, each lookup
     * remembered for the keeping: a replay asks the same few thousands of times, and neither changes within its
     * transaction.
     */
    private final class Targets {

        private final Map<List<Object>, Optional<MeasuredTarget>> measured = new HashMap<>();
        private final Map<List<Object>, List<MeasuredTarget>> underpinning = new HashMap<>();
        private final Map<String, BusinessCalendar> calendars = new HashMap<>();

        BusinessCalendar calendar(String code) {
            return calendars.computeIfAbsent(code, ClockKeeper.this.calendars::calendar);
        }

        Optional<MeasuredTarget> measured(String customer, String service, String priority, Metric metric, LocalDate day) {
            return measured.computeIfAbsent(Arrays.asList(customer, service, priority, metric, day),
                    k -> effectiveTargets.measured(customer, service, priority, metric, day));
        }

        List<MeasuredTarget> underpinning(String sla, String target, AgreementType type, String party, LocalDate day) {
            return underpinning.computeIfAbsent(Arrays.asList(sla, target, type, party, day),
                    k -> measuredTargets.underpinning(sla, target, type, party, day));
        }
    }

    /**
     * A record's clocks while the keeper moves them, and what is to be written about them, in the order it happened:
     * kept in memory and written at once, after one change (observe) or after whole histories (replay).
     */
    private static final class Kept {

        private record Note(StoredClock clock, Instant at, String kind, String[] args) {
        }

        private record Withdrawal(StoredClock clock, List<Integer> percents, Instant at) {
        }

        /** A threshold fired in a replay, on a clock it started (none is written yet): its round is counted here. */
        private static final class Firing {
            final StoredClock clock;
            final int percent;
            final int round;
            final Instant reachedAt;
            Instant withdrawnAt;

            Firing(StoredClock clock, int percent, int round, Instant reachedAt) {
                this.clock = clock;
                this.percent = percent;
                this.round = round;
                this.reachedAt = reachedAt;
            }
        }

        final List<StoredClock> clocks;
        final List<StoredClock> stopped = new ArrayList<>();
        private final List<StoredClock> created = new ArrayList<>();
        private final List<StoredClock> changed = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private final List<Withdrawal> withdrawals = new ArrayList<>();
        private final List<Firing> firings = new ArrayList<>();
        private final Map<StoredClock, BreachAttribution.Cause> causes = new LinkedHashMap<>();

        Kept(List<StoredClock> clocks) {
            this.clocks = new ArrayList<>(clocks);
        }

        void created(StoredClock c) {
            created.add(c);
        }

        void changed(StoredClock c) {
            if (!created.contains(c) && !changed.contains(c)) {
                changed.add(c);
            }
        }

        void note(StoredClock c, Instant at, String kind, String... args) {
            notes.add(new Note(c, at, kind, args));
        }

        void fired(StoredClock c, int percent, Instant reachedAt) {
            int round = 1 + (int) firings.stream()
                    .filter(f -> f.clock == c && f.percent == percent && f.withdrawnAt != null).count();
            firings.add(new Firing(c, percent, round, reachedAt));
        }

        void withdrawn(StoredClock c, List<Integer> percents, Instant at) {
            firings.stream().filter(f -> f.clock == c && percents.contains(f.percent) && f.withdrawnAt == null)
                    .forEach(f -> f.withdrawnAt = at);
            if (c.id != null) {
                withdrawals.add(new Withdrawal(c, percents, at));
            }
        }

        /** The breach's cause goes on the clock now (written with it), its shares and note with the rest. */
        void cause(StoredClock sla, BreachAttribution.Cause cause, Instant at) {
            sla.causeKind = cause.kind();
            sla.causeParty = cause.party();
            causes.put(sla, cause);
            note(sla, at, "BREACH_CAUSE", cause.kind(), cause.party() == null ? "" : cause.party());
        }

        /** Writes what each of {@code kept} has to: the new clocks first (they get their ids), then the rest in batches. */
        static void write(List<Kept> kept, ClockStore store, Instant now) {
            store.insert(kept.stream().flatMap(k -> k.created.stream()).toList(), now);
            for (Kept k : kept) {
                for (StoredClock c : k.changed) {
                    store.update(c, now);
                }
                for (Withdrawal w : k.withdrawals) {
                    store.withdrawn(w.clock().id, w.percents(), w.at());
                }
            }
            store.notes(kept.stream().flatMap(k -> k.notes.stream())
                    .map(n -> new ClockStore.Note(n.clock().id, n.at(), n.kind(), List.of(n.args()))).toList());
            store.fired(kept.stream().flatMap(k -> k.firings.stream())
                    .map(f -> new ClockStore.Firing(f.clock.id, f.percent, f.round, f.reachedAt, f.reachedAt, f.withdrawnAt))
                    .toList());
            Map<Long, List<BreachAttribution.Share>> shares = new LinkedHashMap<>();
            kept.forEach(k -> k.causes.forEach((c, cause) -> shares.put(c.id, cause.shares())));
            store.shares(shares);
        }
    }
}
