package io.serval.clock.internal;

import io.serval.clock.ClockThresholdReached;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires the thresholds reached: picks the clocks whose next threshold instant has come with one indexed query (no
 * ticket is read), and for each clock, in its own transaction with the clock's row locked, records each threshold
 * reached (unique per clock, percent and round), escalates it by the agreement's rules through the notify module's
 * outbox and publishes {@link ClockThresholdReached} through the event publication registry, then moves the clock's
 * next threshold on. A crash loses nothing (what did not commit is picked up by the next pass) and repeats
 * nothing (what committed is no longer due; a second node waits on the row lock and finds it fired; should two
 * firings of one threshold ever meet, the second breaks the unique live firing and rolls back unsent). A clock that
 * fails is rolled back whole, logged and left for the next pass; the others are fired meanwhile.
 */
@Component
public class ThresholdPass {

    private static final Logger log = LoggerFactory.getLogger(ThresholdPass.class);
    private static final LongConsumer NOTHING = clockId -> { };

    private final ClockStore store;
    private final ThresholdEscalations escalations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ClockProperties properties;

    /** Runs in each clock's transaction after all it writes, sends and publishes, just before the commit. */
    private volatile LongConsumer beforeCommit = NOTHING;

    ThresholdPass(ClockStore store, ThresholdEscalations escalations, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock, ClockProperties properties) {
        this.store = store;
        this.escalations = escalations;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Fires every threshold reached by now, batch after batch; the number of thresholds fired. Each clock is looked
     * at once per pass; one that fails or is due again (changed meanwhile) waits for the next pass. A batch in which
     * every clock failed ends the pass (the database is likely gone: the next pass tries again).
     */
    public int fireDue() {
        Instant now = clock.instant();
        int fired = 0;
        Set<Long> seen = new HashSet<>();
        Set<Long> later = new HashSet<>();
        while (true) {
            int limit = properties.batchSize() + later.size();
            List<Long> due = store.thresholdDue(now, limit);
            List<Long> batch = due.stream().filter(id -> !later.contains(id)).toList();
            int failed = 0;
            for (long id : batch) {
                if (!seen.add(id)) {
                    later.add(id);
                    continue;
                }
                try {
                    fired += fire(id, now);
                } catch (RuntimeException e) {
                    failed++;
                    later.add(id);
                    log.warn("Threshold pass: clock {} failed and was rolled back; the next pass tries it again", id, e);
                }
            }
            if (due.size() < limit || batch.isEmpty() || failed == batch.size()) {
                return fired;
            }
        }
    }

    /**
     * What runs in each clock's transaction just before it commits, given the clock's id (null: nothing, as in
     * production): where a test makes the process die in the middle of a batch.
     */
    void beforeCommit(LongConsumer action) {
        beforeCommit = action == null ? NOTHING : action;
    }

    /** Fires what one clock has reached by {@code now}, in a transaction of its own. */
    int fire(long clockId, Instant now) {
        try {
            Integer fired = transactions.execute(status -> fireLocked(clockId, now));
            return fired == null ? 0 : fired;
        } catch (DuplicateKeyException firedElsewhere) {
            return 0; // another firing of the threshold is on record: this one rolled back, nothing sent twice
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return 0; // the clock changed under us (its record moved): the next pass looks at it again
        }
    }

    private int fireLocked(long clockId, Instant now) {
        List<StoredClock> locked = store.lockedById(clockId);
        if (locked.isEmpty()) {
            return 0;
        }
        StoredClock c = locked.get(0);
        List<MeasuredClock.Threshold> reached = c.clock.reached(now);
        for (MeasuredClock.Threshold threshold : reached) {
            store.fired(c.id, threshold.percent(), threshold.at(), now);
            c.clock.fired(threshold.percent());
        }
        if (reached.stream().anyMatch(t -> t.percent() >= 100) && c.isSla()) {
            store.breachCause(c, BreachAttribution.of(c, store.ofRecord(c.recordType, c.recordId), now), now);
        }
        store.update(c, now);
        for (MeasuredClock.Threshold threshold : reached) {
            escalations.escalate(c, threshold.percent(), now);
            events.publishEvent(new ClockThresholdReached(c.id, c.recordType, c.recordId, c.recordNumber,
                    c.terms().metric().name(), c.party.code(), c.terms().agreement(), c.terms().target(),
                    c.terms().priority(), threshold.percent(), c.clock.due().orElse(null), threshold.at()));
        }
        beforeCommit.accept(c.id);
        return reached.size();
    }
}
