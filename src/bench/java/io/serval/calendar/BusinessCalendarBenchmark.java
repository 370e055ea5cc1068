package io.serval.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * dueAt and businessDuration on cn-standard (Monday-Friday 09:00-18:00 Asia/Shanghai + cn-statutory.csv)
 * over spans of one hour, one week and one year.
 *
 * <p>For businessDuration the span is calendar time ({@code to = from + span}); for dueAt it is the business
 * time such a span holds: 1h, 45h (one working week, 5 x 9h) and 2250h (about one working year, 250 x 9h).
 * Start instants come from a precomputed array of random instants in 2024-2026, walked round-robin, so the
 * JIT cannot constant-fold them; the year cache is warmed in setup.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class BusinessCalendarBenchmark {

    private static final int STARTS = 4096; // power of two
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration YEAR = Duration.ofDays(365);
    private static final Duration WORK_WEEK = Duration.ofHours(45);
    private static final Duration WORK_YEAR = Duration.ofHours(2250);

    private BusinessCalendar calendar;
    private Instant[] starts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        HolidayFile file;
        try (InputStream in = BusinessCalendarBenchmark.class.getResourceAsStream("/calendars/cn-statutory.csv");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            file = HolidayFile.parse(reader);
        }
        List<WorkingPeriod> periods = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            periods.add(new WorkingPeriod(d, LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        calendar = BusinessCalendar.of(ZoneId.of("Asia/Shanghai"), periods, file.holidays(), file.workdays());

        SplittableRandom random = new SplittableRandom(20250101L);
        long from = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2027-01-01T00:00:00Z").getEpochSecond();
        starts = new Instant[STARTS];
        for (int i = 0; i < STARTS; i++) {
            starts[i] = Instant.ofEpochSecond(random.nextLong(from, to));
        }
        // warm the per-year cache (2023..2031) for every span used below
        for (Instant s : starts) {
            calendar.dueAt(s, WORK_YEAR);
            calendar.businessDuration(s, s.plus(YEAR));
        }
    }

    private Instant nextStart() {
        return starts[next++ & (STARTS - 1)];
    }

    @Benchmark
    public Instant dueAtOneHour() {
        return calendar.dueAt(nextStart(), HOUR);
    }

    @Benchmark
    public Instant dueAtOneWeek() {
        return calendar.dueAt(nextStart(), WORK_WEEK);
    }

    @Benchmark
    public Instant dueAtOneYear() {
        return calendar.dueAt(nextStart(), WORK_YEAR);
    }

    @Benchmark
    public Duration businessDurationOneHour() {
        Instant s = nextStart();
        return calendar.businessDuration(s, s.plus(HOUR));
    }

    @Benchmark
    public Duration businessDurationOneWeek() {
        Instant s = nextStart();
        return calendar.businessDuration(s, s.plus(WEEK));
    }

    @Benchmark
    public Duration businessDurationOneYear() {
        Instant s = nextStart();
        return calendar.businessDuration(s, s.plus(YEAR));
    }
}
