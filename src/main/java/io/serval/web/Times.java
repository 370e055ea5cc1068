package io.serval.web;

import io.serval.core.ServalProperties;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Shows stored UTC instants in the user's zone ({@code ${@times.format(instant)}} in templates). */
@Component("times")
public class Times {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ServalProperties serval;

    public Times(ServalProperties serval) {
        this.serval = serval;
    }

    public ZoneId zone() {
        return serval.defaultZone();
    }

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }
}
