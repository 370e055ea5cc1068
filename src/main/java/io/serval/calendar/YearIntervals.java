package io.serval.calendar;

import java.util.Arrays;

/**
 * The merged working intervals of one calendar year (in the calendar's zone), as epoch seconds.
 *
 * <p>Intervals are half-open {@code [starts[i], ends[i])}, sorted, non-overlapping and non-adjacent
 * (adjacent or overlapping raw intervals are merged), and clipped to the year
 * {@code [yearStart, yearEnd)}. {@code prefix[i]} is the working time before interval {@code i},
 * so {@code prefix[count]} is the year's total. Immutable once constructed.
 */
final class YearIntervals {

    /** Returned by {@link #firstStartAfter} when no interval of this year starts after the instant. */
    static final long NONE = Long.MIN_VALUE;

    final int year;
    final long yearStart;
    final long yearEnd;
    private final long[] starts;
    private final long[] ends;
    private final long[] prefix;
    final long total;

    YearIntervals(int year, long yearStart, long yearEnd, long[] starts, long[] ends) {
        this.year = year;
        this.yearStart = yearStart;
        this.yearEnd = yearEnd;
        this.starts = starts;
        this.ends = ends;
        this.prefix = new long[starts.length + 1];
        for (int i = 0; i < starts.length; i++) {
            prefix[i + 1] = prefix[i] + (ends[i] - starts[i]);
        }
        this.total = prefix[starts.length];
    }

    int count() {
        return starts.length;
    }

    long start(int i) {
        return starts[i];
    }

    long end(int i) {
        return ends[i];
    }

    /** Index of the last interval starting at or before {@code t}, or -1. */
    private int lastStartingAtOrBefore(long t) {
        int i = Arrays.binarySearch(starts, t);
        return i >= 0 ? i : -i - 2;
    }

    /** Whether {@code t} (a second of this year) is inside a working interval. */
    boolean isWorking(long t) {
        int i = lastStartingAtOrBefore(t);
        return i >= 0 && t < ends[i];
    }

    /** Start of the first interval starting strictly after {@code t}, or {@link #NONE}. */
    long firstStartAfter(long t) {
        int i = lastStartingAtOrBefore(t) + 1;
        return i < starts.length ? starts[i] : NONE;
    }

    /** Working seconds in {@code [yearStart, t)}, for {@code yearStart <= t <= yearEnd}. */
    long workedBefore(long t) {
        int i = lastStartingAtOrBefore(t);
        if (i < 0) {
            return 0;
        }
        return prefix[i] + (Math.min(t, ends[i]) - starts[i]);
    }

    /**
     * The earliest second {@code x} of this year with {@code workedBefore(x) >= target},
     * for {@code 0 < target <= total}.
     */
    long earliestWith(long target) {
        // prefix is strictly increasing (intervals have positive length): find the first
        // interval i whose cumulative end prefix[i + 1] reaches the target.
        int k = Arrays.binarySearch(prefix, 1, prefix.length, target);
        int i = (k >= 0 ? k : -k - 1) - 1;
        return starts[i] + (target - prefix[i]);
    }

    @Override
    public String toString() {
        return "YearIntervals[" + year + ", " + starts.length + " intervals, total " + total + "s]";
    }
}
