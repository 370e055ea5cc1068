package io.serval.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The application clock in tests: it ticks, but starts at 00:30 in Shanghai (today's date there), when the UTC
 * date is still yesterday, so that every full-stack test runs across the day boundary a bare UTC or JVM-zone
 * "today" would get wrong. A test may move it with {@link #setTo(Instant)} and must {@link #reset()} it after.
 */
public final class TestClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Clock system = Clock.system(SHANGHAI);
    private volatile Duration offset;
    private volatile Instant frozen;

    public TestClock() {
        reset();
    }

    /** Today's date in Shanghai at 00:30 there. */
    public static Instant halfPastMidnightInShanghai() {
        return LocalDate.now(SHANGHAI).atTime(LocalTime.of(0, 30)).atZone(SHANGHAI).toInstant();
    }

    public void setTo(Instant instant) {
        frozen = null;
        offset = Duration.between(system.instant(), instant);
    }

    /** Stops the clock at {@code instant} (until the next {@link #setTo}, {@link #freeze} or {@link #reset}). */
    public void freeze(Instant instant) {
        setTo(instant);
        frozen = instant;
    }

    public void reset() {
        setTo(halfPastMidnightInShanghai());
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant stopped = frozen;
        return stopped != null ? Clock.fixed(stopped, zone) : Clock.offset(system, offset).withZone(zone);
    }

    @Override
    public Instant instant() {
        Instant stopped = frozen;
        return stopped != null ? stopped : system.instant().plus(offset);
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("test")
    static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
