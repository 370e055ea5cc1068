package io.serval.clock.internal;

import io.serval.calendar.BusinessCalendar;
import io.serval.clock.ClockState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One clock's arithmetic (plain Java): its segments, the terms it is measured under and the calendar they name.
 * Elapsed time is the business time of the running segments, to the second; the due instant and each threshold's
 * instant are found by walking the segments, so a pause, a re-targeting or a new holiday moves them exactly, and
 * nothing already spent is lost. A clock is over its target (breached) only once strictly more than the target has
 * elapsed: 4 h on the dot still meets a 4 h target.
 */
public final class MeasuredClock {

    /** A threshold (percent of the target; 100 is the breach) and the instant it is reached. */
    public record Threshold(int percent, Instant at) {
    }

    private ClockTerms terms;
    private BusinessCalendar calendar;
    private final List<Segment> segments;
    private ClockState state;
    private final SortedSet<Integer> fired;

    private MeasuredClock(ClockTerms terms, BusinessCalendar calendar, List<Segment> segments, ClockState state,
            SortedSet<Integer> fired) {
        this.terms = Objects.requireNonNull(terms, "terms");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.segments = segments;
        this.state = state;
        this.fired = fired;
    }

    /** A new clock, running (or paused, when the record is waiting) from {@code at}. */
    public static MeasuredClock start(ClockTerms terms, BusinessCalendar calendar, Instant at, boolean running,
            String reason) {
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment(running, at, null, reason));
        return new MeasuredClock(terms, calendar, segments, running ? ClockState.RUNNING : ClockState.PAUSED,
                new TreeSet<>());
    }

    /** A clock as stored. */
    public static MeasuredClock restore(ClockTerms terms, BusinessCalendar calendar, List<Segment> segments,
            ClockState state, Collection<Integer> fired) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a clock has at least one segment");
        }
        return new MeasuredClock(terms, calendar, new ArrayList<>(segments), state, new TreeSet<>(fired));
    }

    /**
     * Runs, pauses, stops or cancels the clock at {@code at} (never before its last change: a late event counts
     * from then). A stopped clock runs again when its record is reopened; the time it stood still is a pause.
     *
     * @return whether anything changed
     */
    public boolean apply(Motion motion, Instant at, String reason) {
        if (state == ClockState.CANCELLED) {
            return false;
        }
        Instant when = notBeforeLastChange(at);
        switch (motion) {
            case RUN, PAUSE -> {
                boolean running = motion == Motion.RUN;
                if (!state.stopped() && last().running() == running) {
                    return false;
                }
                if (state.stopped()) {
                    if (running) {
                        segments.add(new Segment(false, last().to(), when, "STOPPED"));
                    }
                    segments.add(new Segment(running, running ? when : last().to(), null, reason));
                } else {
                    closeLast(when);
                    segments.add(new Segment(running, when, null, reason));
                }
                state = running ? ClockState.RUNNING : ClockState.PAUSED;
                return true;
            }
            case STOP -> {
                if (state.stopped()) {
                    return false;
                }
                closeLast(when);
                state = over(elapsed(when)) ? ClockState.BREACHED : ClockState.MET;
                return true;
            }
            case CANCEL -> {
                if (state.stopped()) {
                    return false; // what was measured stays measured
                }
                closeLast(when);
                state = ClockState.CANCELLED;
                return true;
            }
            default -> throw new IllegalStateException("unknown motion " + motion);
        }
    }

    /**
     * Measures from now on under other terms (a new priority, service or customer; a changed target) or on a
     * changed calendar, keeping every segment: what was spent stays spent. A stopped clock keeps the terms it was
     * measured under.
     *
     * @return the thresholds that had fired but are no longer reached at {@code now} (withdrawn)
     */
    public List<Integer> remeasure(ClockTerms newTerms, BusinessCalendar newCalendar, Instant now) {
        if (state.stopped()) {
            return List.of();
        }
        this.terms = Objects.requireNonNull(newTerms, "newTerms");
        this.calendar = Objects.requireNonNull(newCalendar, "newCalendar");
        List<Integer> withdrawn = new ArrayList<>();
        for (Integer percent : List.copyOf(fired)) {
            Optional<Instant> reachedAt = instantOf(percent);
            if (!terms.thresholds().contains(percent) || reachedAt.isEmpty() || reachedAt.get().isAfter(now)) {
                fired.remove(percent);
                withdrawn.add(percent);
            }
        }
        return withdrawn;
    }

    /** Business time spent running up to {@code now} (or up to the stop, for a stopped clock). */
    public Duration elapsed(Instant now) {
        long seconds = 0;
        for (Segment segment : segments) {
            if (segment.running()) {
                seconds += businessSeconds(segment, now);
            }
        }
        return Duration.ofSeconds(seconds);
    }

    /** A segment's business time on the clock's calendar (an open one up to {@code now}). */
    public long businessSeconds(Segment segment, Instant now) {
        Instant end = segment.open() ? (now.isBefore(segment.from()) ? segment.from() : now) : segment.to();
        return calendar.businessDuration(segment.from(), end).getSeconds();
    }

    /**
     * When the target's time is (or was) used up: in the future for a running clock, in the past for one already
     * over; for a clock stopped within its target, when it would have been due had it run on (what it was measured
     * against); empty while paused (it moves with the pause) and once cancelled.
     */
    public Optional<Instant> due() {
        if (state == ClockState.CANCELLED || state == ClockState.PAUSED) {
            return Optional.empty();
        }
        long limit = terms.limit().getSeconds();
        Optional<Instant> usedUp = instantAfter(limit);
        if (usedUp.isPresent() || !state.stopped()) {
            return usedUp;
        }
        Instant stop = last().to();
        return Optional.of(calendar.dueAt(stop, Duration.ofSeconds(limit - elapsed(stop).getSeconds())));
    }

    /** Whether more than the target has elapsed by {@code now}. */
    public boolean breached(Instant now) {
        return state == ClockState.BREACHED || (!state.stopped() && over(elapsed(now)));
    }

    /** The first threshold not yet fired, and when it is reached; empty unless the clock runs. */
    public Optional<Threshold> nextThreshold() {
        if (state != ClockState.RUNNING) {
            return Optional.empty();
        }
        for (int percent : terms.thresholds()) {
            if (!fired.contains(percent)) {
                return instantOf(percent).map(at -> new Threshold(percent, at));
            }
        }
        return Optional.empty();
    }

    /** The thresholds reached by {@code now} and not yet fired, lowest first; empty unless the clock runs. */
    public List<Threshold> reached(Instant now) {
        if (state != ClockState.RUNNING) {
            return List.of();
        }
        List<Threshold> reached = new ArrayList<>();
        for (int percent : terms.thresholds()) {
            if (fired.contains(percent)) {
                continue;
            }
            Optional<Instant> at = instantOf(percent);
            if (at.isEmpty() || at.get().isAfter(now)) {
                break;
            }
            reached.add(new Threshold(percent, at.get()));
        }
        return reached;
    }

    public void fired(int percent) {
        fired.add(percent);
    }

    /**
     * When {@code percent} of the target is reached. The breach (100) is the instant the clock has run one business
     * second more than the target: within working hours a second after the due instant, but for a target used up at
     * the end of a working day the first second of the next one (until then the clock is not over its target, and a
     * record resolved before it meets it).
     */
    Optional<Instant> instantOf(int percent) {
        long limit = terms.limit().getSeconds();
        if (percent >= 100) {
            return instantAfter(limit + 1);
        }
        return instantAfter((limit * percent + 99) / 100); // rounded up: never warn before the share is spent
    }

    /** The instant at which the running segments add up to {@code seconds} of business time, if they do (or will). */
    private Optional<Instant> instantAfter(long seconds) {
        long before = 0;
        for (Segment segment : segments) {
            if (!segment.running()) {
                continue;
            }
            if (segment.open()) {
                return Optional.of(calendar.dueAt(segment.from(), Duration.ofSeconds(seconds - before)));
            }
            long spent = calendar.businessDuration(segment.from(), segment.to()).getSeconds();
            if (before + spent >= seconds) {
                return Optional.of(calendar.dueAt(segment.from(), Duration.ofSeconds(seconds - before)));
            }
            before += spent;
        }
        return Optional.empty();
    }

    private boolean over(Duration elapsed) {
        return elapsed.compareTo(terms.limit()) > 0;
    }

    private Instant notBeforeLastChange(Instant at) {
        Segment last = last();
        Instant lastChange = last.open() ? last.from() : last.to();
        return at.isBefore(lastChange) ? lastChange : at;
    }

    private void closeLast(Instant at) {
        segments.set(segments.size() - 1, last().endAt(at));
    }

    private Segment last() {
        return segments.get(segments.size() - 1);
    }

    public ClockTerms terms() {
        return terms;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public ClockState state() {
        return state;
    }

    public List<Segment> segments() {
        return Collections.unmodifiableList(segments);
    }

    public SortedSet<Integer> firedThresholds() {
        return Collections.unmodifiableSortedSet(fired);
    }

    /** When the clock stopped (met, breached or cancelled), if it did. */
    public Optional<Instant> stoppedAt() {
        return state.stopped() ? Optional.ofNullable(last().to()) : Optional.empty();
    }
}
