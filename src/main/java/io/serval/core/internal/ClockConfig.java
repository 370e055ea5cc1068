package io.serval.core.internal;

import io.serval.core.ServalProperties;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;

/**
 * The one clock of the application, in the configured zone: every "now" and "today" derives from it (a bare
 * {@code now()} would use the JVM's zone or UTC and put dates a day off between 00:00 and 08:00 in Shanghai).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(ServalProperties serval) {
        return Clock.system(serval.defaultZone());
    }

    /** Created/updated stamps of audited entities come from the same clock. */
    @Bean
    DateTimeProvider auditingDateTimeProvider(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
