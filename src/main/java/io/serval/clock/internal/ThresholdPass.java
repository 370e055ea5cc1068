package io.serval.clock.internal;

import io.serval.clock.ClockThresholdReached;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires the thresholds reached: picks the clocks whose next threshold instant has come with one indexed query (no
 * ticket is read), and for each clock, in its own transaction with the clock's row locked, records each threshold
 * reached (unique per clock, percent and round), escalates it by the agreement's rules through the notify module's
 * outbox and publishes {@link ClockThresholdReached} through the event publication registry, then moves the clock's
 * next threshold on. A crash loses nothing (what did not commit is picked up by the next pass) and repeats
 * nothing (what committed is no longer due; a second node waits on the row lock and finds it fired).
 */
@Component
public class ThresholdPass {

    private final ClockStore store;
    private final ThresholdEscalations escalations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ClockProperties properties;

    ThresholdPass(ClockStore store, ThresholdEscalations escalations, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock, ClockProperties properties) {
        this.store = store;
        this.escalations = escalations;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /** Fires every threshold reached by now, batch after batch; the number of thresholds fired. */
    public int fireDue() {
        Instant now = clock.instant();
        int fired = 0;
        while (true) {
            List<Long> due = store.thresholdDue(now, properties.batchSize());
            int before = fired;
            for (long id : due) {
                fired += fire(id, now);
            }
            if (due.size() < properties.batchSize() || fired == before) {
                return fired;
            }
        }
    }

    /** Fires what one clock has reached by {@code now}, in a transaction of its own. */
    int fire(long clockId, Instant now) {
        try {
            Integer fired = transactions.execute(status -> fireLocked(clockId, now));
            return fired == null ? 0 : fired;
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
        return reached.size();
    }
}
