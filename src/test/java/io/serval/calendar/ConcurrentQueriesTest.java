package io.serval.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The calendar is shared between threads, and queries over long spans are cheap. */
class ConcurrentQueriesTest {

    private static final long FROM = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = 10L * 365 * 86_400;

    @Test
    void concurrentQueriesOnAFreshCalendarGiveTheSameAnswersAsASequentialOne() throws Exception {
        BusinessCalendar reference = TestCalendars.freshCnStandard();
        BusinessCalendar shared = TestCalendars.freshCnStandard();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Instant>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = t % 2; // pairs of threads run identical workloads and race on the same years
                results.add(pool.submit((Callable<List<Instant>>) () -> workload(shared, seed)));
            }
            for (int t = 0; t < threads; t++) {
                assertThat(results.get(t).get()).isEqualTo(workload(reference, t % 2));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Instant> workload(BusinessCalendar cal, long seed) {
        Random random = new Random(seed);
        List<Instant> out = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Instant start = Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * SPAN));
            Instant due = cal.dueAt(start, Duration.ofMinutes(random.nextInt(300_000)));
            out.add(due);
            out.add(start.plus(cal.businessDuration(start, due.plusSeconds(random.nextInt(1_000_000)))));
        }
        return out;
    }
}
