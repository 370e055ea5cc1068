package io.serval.clock.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code serval.clocks.*}: how often the threshold pass runs and how many clocks it fires per transaction batch;
 * the calendar of people's working hours that quiet hours hold non-urgent mail for.
 */
@ConfigurationProperties("serval.clocks")
record ClockProperties(@DefaultValue("PT1M") Duration thresholdPass, @DefaultValue("500") int batchSize,
        @DefaultValue("cn-standard") String workingHoursCalendar) {
}
