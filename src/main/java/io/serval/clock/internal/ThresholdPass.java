package io.serval.clock.internal;

import io.serval.clock.ClockThresholdReached;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires the thresholds reached: picks the clocks whose next threshold instant has come with one indexed query (no
 * ticket is read), and for a batch of them, in one transaction with their rows locked (in id order), records each
 * threshold reached (unique per clock, percent and round), escalates it by the agreement's rules through the notify
 * module's outbox and publishes {@link ClockThresholdReached} through the event publication registry, then moves each
 * clock's next threshold on. A crash loses nothing (what did not commit is picked up by the next pass) and repeats
 * nothing (what committed is no longer due; a second node waits on the row locks and finds them fired; should two
 * firings of one threshold ever meet, the second breaks the unique live firing and rolls back unsent). A batch that
 * fails is rolled back whole and its clocks fired one by one, each in its own transaction: a clock that fails alone
 * is rolled back, logged and left for the next pass; the others are fired meanwhile.
 */
@Component
public class ThresholdPass {

    private static final Logger log = LoggerFactory.getLogger(ThresholdPass.class);
    private static final Consumer<List<Long>> NOTHING = clockIds -> { };

    private final ClockStore store;
    private final ThresholdEscalations escalations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ClockProperties properties;

    /** Runs in each transaction after all it writes, sends and publishes, just before the commit. */
    private volatile Consumer<List<Long>> beforeCommit = NOTHING;

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
     * Fires every threshold reached by now, batch after batch, each batch of clocks in one transaction. Should a
     * batch fail, its clocks are fired again one by one, each in a transaction of its own, so that one bad clock
     * does not stop the others. Each clock is looked at once per pass; one that fails or is due again (changed
     * meanwhile) waits for the next pass. A batch in which every clock failed ends the pass (the database is likely
     * gone: the next pass tries again).
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
            List<Long> fresh = new ArrayList<>();
            for (long id : batch) {
                if (seen.add(id)) {
                    fresh.add(id);
                } else {
                    later.add(id);
                }
            }
            int failed = 0;
            try {
                fired += fire(fresh, now);
            } catch (RuntimeException batchFailed) {
                log.info("Threshold pass: a batch of {} clocks failed; firing them one by one", fresh.size(), batchFailed);
                for (long id : fresh) {
                    try {
                        fired += fire(List.of(id), now);
                    } catch (RuntimeException e) {
                        failed++;
                        later.add(id);
                        log.warn("Threshold pass: clock {} failed and was rolled back; the next pass tries it again", id, e);
                    }
                }
            }
            if (due.size() < limit || batch.isEmpty() || failed == batch.size()) {
                return fired;
            }
        }
    }

    /**
     * What runs in each transaction of the pass just before it commits, given the ids of its clocks (null: nothing,
     * as in production): where a test makes the process die in the middle of a pass.
     */
    void beforeCommit(Consumer<List<Long>> action) {
        beforeCommit = action == null ? NOTHING : action;
    }

    /**
     * Fires what the clocks have reached by {@code now}, in one transaction. A single clock that another firing of
     * its threshold got to first, or that changed under the pass, fires nothing (it rolls back; the next pass looks
     * at it again); in a batch, that fails the batch, whose clocks are then fired one by one.
     */
    int fire(List<Long> clockIds, Instant now) {
        if (clockIds.isEmpty()) {
            return 0;
        }
        try {
            Integer fired = transactions.execute(status -> fireLocked(clockIds, now));
            return fired == null ? 0 : fired;
        } catch (DuplicateKeyException | OptimisticLockingFailureException firedOrChangedElsewhere) {
            if (clockIds.size() > 1) {
                throw firedOrChangedElsewhere;
            }
            return 0; // another firing of the threshold is on record, or the record moved: nothing sent twice
        }
    }

    private int fireLocked(List<Long> clockIds, Instant now) {
        List<StoredClock> locked = store.lockedByIds(clockIds);
        List<Map.Entry<Long, MeasuredClock.Threshold>> firings = new ArrayList<>();
        List<StoredClock> changed = new ArrayList<>();
        List<StoredClock> breached = new ArrayList<>();
        for (StoredClock c : locked) {
            List<MeasuredClock.Threshold> reached = c.clock.reached(now);
            if (reached.isEmpty()) {
                continue; // fired meanwhile by another pass, which this one waited for
            }
            for (MeasuredClock.Threshold threshold : reached) {
                firings.add(Map.entry(c.id, threshold));
                c.clock.fired(threshold.percent());
            }
            if (reached.stream().anyMatch(t -> t.percent() >= 100) && c.isSla()) {
                breached.add(c);
            }
            changed.add(c);
        }
        Map<StoredClock, BreachAttribution.Cause> causes = new LinkedHashMap<>();
        store.ofRecords(breached).forEach((c, record) -> causes.put(c, BreachAttribution.of(c, record, now)));
        store.breachCauses(causes, now);
        store.fired(firings, now);
        store.updateFired(changed, now);
        ThresholdEscalations.Batch escalating = escalations.batch();
        Map<Long, StoredClock> byId = new HashMap<>();
        changed.forEach(c -> byId.put(c.id, c));
        firings.forEach(f -> escalating.escalate(byId.get(f.getKey()), f.getValue().percent(), now));
        escalating.send();
        for (Map.Entry<Long, MeasuredClock.Threshold> firing : firings) {
            StoredClock c = byId.get(firing.getKey());
            int percent = firing.getValue().percent();
            events.publishEvent(new ClockThresholdReached(c.id, c.recordType, c.recordId, c.recordNumber,
                    c.terms().metric().name(), c.party.code(), c.terms().agreement(), c.terms().target(),
                    c.terms().priority(), percent, c.clock.due().orElse(null), firing.getValue().at()));
        }
        beforeCommit.accept(changed.stream().map(c -> c.id).toList());
        return firings.size();
    }
}
