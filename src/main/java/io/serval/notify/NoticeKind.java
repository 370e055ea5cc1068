package io.serval.notify;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notice tells, by its key. Each kind has a subject and a body template
 * ({@code templates/notify/mail/<key>.subject.txt} and {@code .body.txt}) whose texts are the bundle keys
 * {@code notify.<key>.subject} and {@code notify.<key>.body} in Chinese and English. The arguments each kind reads:
 * <ul>
 * <li>{@code ticket.statusChanged}: {@code number}, {@code subject}, {@code status} (a key such as
 * {@code ticket.status.RESOLVED}, shown in the reader's language);</li>
 * <li>{@code ticket.replied}: {@code number}, {@code subject}, {@code author} (who replied);</li>
 * <li>{@code ticket.assigned}: {@code number}, {@code subject}, {@code priority} ({@code P1}…), {@code group}
 * (the assignment group's name);</li>
 * <li>{@code ticket.escalated}: {@code number}, {@code subject}, {@code priority}, {@code group} (escalated to),
 * {@code reason};</li>
 * <li>{@code ticket.majorIncident}: {@code number}, {@code subject}, {@code priority}, {@code service};</li>
 * <li>{@code clock.warning} and {@code clock.breached}: {@code number}, {@code metric} (a key such as
 * {@code clock.metric.RESOLUTION}), {@code percent}, {@code priority}, {@code due} (date and time in the
 * configured zone), {@code party} (SLA, or the OLA/UC code).</li>
 * </ul>
 * A new kind adds a constant here, its two templates and its keys in both bundles.
 */
public enum NoticeKind {

    TICKET_STATUS_CHANGED("ticket.statusChanged"),
    TICKET_REPLIED("ticket.replied"),
    TICKET_ASSIGNED("ticket.assigned"),
    TICKET_ESCALATED("ticket.escalated"),
    TICKET_MAJOR_INCIDENT("ticket.majorIncident"),
    CLOCK_WARNING("clock.warning"),
    CLOCK_BREACHED("clock.breached");

    private final String key;

    NoticeKind(String key) {
        this.key = key;
    }

    /** The stored name of the kind, e.g. {@code ticket.assigned}. */
    public String key() {
        return key;
    }

    public static Optional<NoticeKind> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
