package io.serval.clock.internal;

import io.serval.agreement.AgreementPublished;
import io.serval.agreement.AgreementTerminated;
import io.serval.agreement.EffectiveTargets;
import io.serval.agreement.MeasuredTarget;
import io.serval.agreement.MeasuredTargets;
import io.serval.calendar.BusinessCalendar;
import io.serval.calendar.CalendarChanged;
import io.serval.calendar.CalendarService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Edits never lose history: when a calendar's working time or an agreement's terms change, the clocks still running
 * or paused that depend on it are measured again from their segments — every second spent and every pause kept —
 * and the change is noted on each clock it changed; warnings fired but no longer reached are withdrawn (they may
 * fire again, in a new round). Stopped clocks keep the terms and calendar they were measured under.
 *
 * <p>In bulk: the clocks are read 5,000 at a time (keyset by id, with their segments and live firings), measured in
 * plain Java, and written back per chunk in one transaction with a few set-wise statements, each clock only if its
 * version is still the one read. A clock a ticket move changed meanwhile is read and measured again (its move may
 * already have measured it on the new terms: then nothing is left to change). It is idempotent: a clock is written,
 * noted and has warnings withdrawn only when what it derives differs from what is stored, so a run repeated after a
 * crash (the listeners go through the event publication registry) changes only what the first run did not.
 */
@Component
public class ClockRecompute {

    static final int CHUNK = 5_000;
    private static final int ATTEMPTS = 5;
    private static final List<String> TERMS_NOTES = List.of("STARTED", "RETARGETED", "TERMS_CHANGED", "NO_TARGET");
    private static final Logger log = LoggerFactory.getLogger(ClockRecompute.class);
    private static final Consumer<List<Long>> NOTHING = ids -> { };

    private final ClockStore store;
    private final CalendarService calendars;
    private final EffectiveTargets effectiveTargets;
    private final MeasuredTargets measuredTargets;
    private final ClockTargets clockTargets;
    private final TransactionTemplate transactions;
    private final Clock clock;

    /** Runs in each chunk's transaction once its clocks are measured, given those about to be written (tests). */
    private volatile Consumer<List<Long>> beforeWrite = NOTHING;

    ClockRecompute(ClockStore store, CalendarService calendars, EffectiveTargets effectiveTargets,
            MeasuredTargets measuredTargets, ClockTargets clockTargets, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.store = store;
        this.calendars = calendars;
        this.effectiveTargets = effectiveTargets;
        this.measuredTargets = measuredTargets;
        this.clockTargets = clockTargets;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CalendarChanged changed) {
        afterCalendarChange(changed.code());
    }

    /** A new version in force (its {@code AgreementTargetsChanged}, published with it, needs nothing more). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AgreementPublished published) {
        afterAgreementChange(published.code());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AgreementTerminated terminated) {
        afterAgreementChange(terminated.code());
    }

    /**
     * Measures every running or paused clock on calendar {@code calendarCode} again on the calendar as it now is:
     * elapsed time, due instant, next threshold; withdraws warnings no longer reached and notes
     * {@code CALENDAR_CHANGED} (with the due instant before and after) on each clock that changed.
     *
     * @return the number of clocks recomputed (changed)
     */
    public int afterCalendarChange(String calendarCode) {
        BusinessCalendar calendar = calendars.calendar(calendarCode);
        return recompute(after -> store.unstoppedOnCalendar(calendarCode, after, CHUNK), (c, now, notes) -> {
            List<Integer> withdrawn = c.clock.remeasure(c.terms(), calendar, now);
            StoredClock.Written before = c.written;
            Optional<MeasuredClock.Threshold> next = c.clock.nextThreshold();
            boolean changed = !withdrawn.isEmpty() || !Objects.equals(before.due(), c.clock.due().orElse(null))
                    || !Objects.equals(before.nextPercent(), next.map(MeasuredClock.Threshold::percent).orElse(null))
                    || !Objects.equals(before.nextAt(), next.map(MeasuredClock.Threshold::at).orElse(null))
                    || before.elapsedSeconds() != c.clock.elapsed(before.updatedAt()).getSeconds();
            if (changed) {
                notes.add(new ClockStore.Note(c.id, "CALENDAR_CHANGED", List.of(calendarCode, shown(before.due()),
                        shown(c.clock.due().orElse(null)))));
            }
            return changed ? withdrawn : null;
        });
    }

    /**
     * Looks the target of every running or paused clock under agreement {@code code} (in force, or where an inherited
     * target is written) up again as of today — an SLA clock's effective target for its customer, service and
     * priority, an OLA or UC clock's target by its code — and re-targets those whose terms changed, keeping every
     * second spent and every pause (note {@code TERMS_CHANGED}); a clock left without a target is measured on under
     * its old terms (note {@code NO_TARGET}, once).
     *
     * @return the number of clocks re-targeted
     */
    public int afterAgreementChange(String code) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        Map<String, Optional<Terms>> found = new HashMap<>();
        return recompute(after -> store.unstoppedUnder(code, after, CHUNK), new Remeasure() {

            private final Map<Long, String> withoutTarget = new HashMap<>();

            @Override
            public List<Integer> apply(StoredClock c, Instant now, List<ClockStore.Note> notes) {
                Optional<Terms> terms = found.computeIfAbsent(lookupKey(c), key -> lookup(c, today));
                if (terms.isEmpty()) {
                    withoutTarget.put(c.id, c.definedBy + "/" + c.terms().target() + " " + c.terms().priority());
                    return null;
                }
                if (terms.get().terms().equals(c.terms()) && terms.get().definedBy().equals(c.definedBy)) {
                    return null;
                }
                ClockTerms before = c.terms();
                String beforeBy = c.definedBy;
                ClockTerms after = terms.get().terms();
                List<Integer> withdrawn = c.clock.remeasure(after, calendars.calendar(after.calendar()), now);
                c.definedBy = terms.get().definedBy();
                notes.add(new ClockStore.Note(c.id, "TERMS_CHANGED", List.of(beforeBy + "/" + before.target(),
                        before.limit().toString(), c.definedBy + "/" + after.target(), after.limit().toString())));
                return withdrawn;
            }

            @Override
            public void unchanged(List<ClockStore.Note> notes) {
                Map<Long, ClockStore.Note> last = store.lastNotes(withoutTarget.keySet(), TERMS_NOTES);
                withoutTarget.forEach((id, was) -> {
                    ClockStore.Note note = last.get(id);
                    if (note == null || !"NO_TARGET".equals(note.kind())) {
                        notes.add(new ClockStore.Note(id, "NO_TARGET", List.of(was)));
                    }
                });
                withoutTarget.clear();
            }
        });
    }

    /** Terms found for a clock and the agreement that writes the target. */
    private record Terms(ClockTerms terms, String definedBy) {
    }

    private static String lookupKey(StoredClock c) {
        return c.isSla() ? String.join("\u001f", "SLA", c.customer, c.service, String.valueOf(c.priority),
                c.terms().metric().name())
                : String.join("\u001f", c.terms().agreement(), c.terms().target(), String.valueOf(c.priority));
    }

    private Optional<Terms> lookup(StoredClock c, LocalDate day) {
        Optional<MeasuredTarget> target = c.isSla()
                ? effectiveTargets.measured(c.customer, c.service, c.priority, c.terms().metric(), day)
                : measuredTargets.target(c.terms().agreement(), c.terms().target(), day);
        return target.map(t -> new Terms(clockTargets.terms(t, c.priority), t.definedBy()));
    }

    /** How one clock is measured again. */
    private interface Remeasure {

        /**
         * Measures {@code c} again as of {@code now}, adding its notes to {@code notes}: the thresholds withdrawn
         * (possibly none) when it changed, null when it did not (it is then not written).
         */
        List<Integer> apply(StoredClock c, Instant now, List<ClockStore.Note> notes);

        /** After a chunk's changed clocks are written: notes about those that did not change. */
        default void unchanged(List<ClockStore.Note> notes) {
        }
    }

    private int recompute(LongFunction<List<StoredClock>> chunkAfter, Remeasure remeasure) {
        long started = System.nanoTime();
        int recomputed = 0;
        long after = 0;
        while (true) {
            long from = after;
            Chunk chunk = transactions.execute(status -> measure(chunkAfter.apply(from), remeasure));
            recomputed += chunk.written();
            List<Long> conflicted = chunk.conflicted();
            for (int attempt = 1; attempt < ATTEMPTS && !conflicted.isEmpty(); attempt++) {
                List<Long> ids = conflicted;
                Chunk again = transactions.execute(status -> measure(store.byIds(ids).stream()
                        .filter(c -> !c.clock.state().stopped()).toList(), remeasure));
                recomputed += again.written();
                conflicted = again.conflicted();
            }
            if (!conflicted.isEmpty()) {
                log.warn("Clocks {} kept changing while being recomputed; their next change measures them", conflicted);
            }
            if (chunk.read() < CHUNK) {
                break;
            }
            after = chunk.lastId();
        }
        if (recomputed > 0) {
            log.info("Recomputed {} clocks in {} ms", recomputed, (System.nanoTime() - started) / 1_000_000);
        }
        return recomputed;
    }

    /**
     * What runs in each chunk's transaction after its clocks are measured and before they are written, given their
     * ids (null: nothing, as in production): where a test moves a ticket meanwhile.
     */
    void beforeWrite(Consumer<List<Long>> action) {
        beforeWrite = action == null ? NOTHING : action;
    }

    /** What one chunk came to: clocks read, the last id read, clocks written, those changed by someone meanwhile. */
    private record Chunk(int read, long lastId, int written, List<Long> conflicted) {
    }

    private Chunk measure(List<StoredClock> clocks, Remeasure remeasure) {
        Instant now = clock.instant();
        List<StoredClock> changed = new ArrayList<>();
        Map<Long, List<Integer>> withdrawn = new HashMap<>();
        List<ClockStore.Note> notes = new ArrayList<>();
        for (StoredClock c : clocks) {
            List<Integer> gone = remeasure.apply(c, now, notes);
            if (gone != null) {
                changed.add(c);
                if (!gone.isEmpty()) {
                    withdrawn.put(c.id, gone);
                    notes.add(new ClockStore.Note(c.id, "WITHDRAWN",
                            List.of(gone.stream().map(String::valueOf).collect(Collectors.joining(",")))));
                }
            }
        }
        beforeWrite.accept(changed.stream().map(c -> c.id).toList());
        Set<Long> written = store.recomputed(changed, now);
        withdrawn.keySet().retainAll(written);
        remeasure.unchanged(notes);
        Set<Long> changedIds = changed.stream().map(c -> c.id).collect(Collectors.toSet());
        store.withdrawn(withdrawn, now);
        store.notes(notes.stream().filter(n -> !changedIds.contains(n.clockId()) || written.contains(n.clockId()))
                .toList(), now);
        List<Long> conflicted = changed.stream().map(c -> c.id).filter(id -> !written.contains(id)).toList();
        long lastId = clocks.isEmpty() ? 0 : clocks.get(clocks.size() - 1).id;
        return new Chunk(clocks.size(), lastId, written.size(), conflicted);
    }

    /** An instant for a note (ISO-8601; shown in the reader's words), or empty. */
    private static String shown(Instant at) {
        return at == null ? "" : at.toString();
    }
}
