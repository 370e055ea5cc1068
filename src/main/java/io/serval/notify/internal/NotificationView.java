package io.serval.notify.internal;

import java.time.Instant;
import java.util.Map;

/**
 * A notification as its reader sees it: the kind and arguments as stored ({@code {"value": …}} or
 * {@code {"key": …}}), the text in the reader's language, the link, and whether and when it was read.
 */
public record NotificationView(long id, String kind, Map<String, Map<String, String>> arguments, String text,
        String link, Instant createdAt, boolean read, Instant readAt) {
}
