package io.serval.clock.internal;

import io.serval.clock.ClockThresholdReached;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The threshold pass watched from inside (a bean of the test classpath, in every test context): {@link #during} runs
 * in the pass's transaction for each threshold, after the writes and notices of the clocks fired in it — where
 * a test makes the pass lose its database connection or wait (a listener's failure reaches the pass as a
 * RuntimeException; the process dying is {@link ThresholdPass#beforeCommit}); {@link #committed} hears each threshold once its
 * transaction has committed, through the event publication registry (one {@code event_publication} row each).
 */
@Component
public class ThresholdProbe {

    private static final Consumer<ClockThresholdReached> NOTHING = event -> { };

    private volatile Consumer<ClockThresholdReached> inside = NOTHING;
    private final List<ClockThresholdReached> committed = new CopyOnWriteArrayList<>();

    /** What happens inside the pass's transaction at each threshold from now on. */
    public void inside(Consumer<ClockThresholdReached> action) {
        inside = action;
    }

    /** The thresholds heard after their transaction committed, in order. */
    public List<ClockThresholdReached> committed() {
        return List.copyOf(committed);
    }

    public void reset() {
        inside = NOTHING;
        committed.clear();
    }

    @EventListener
    public void during(ClockThresholdReached event) {
        inside.accept(event);
    }

    @TransactionalEventListener
    public void committed(ClockThresholdReached event) {
        committed.add(event);
    }
}
