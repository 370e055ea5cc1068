package io.serval.desk.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code serval.desk.*}: the largest attachment, and the file types (as read from the content) a ticket accepts;
 * how long a new ticket may wait to be taken before the duty manager sees it as unaccepted; the calendar and the
 * number of its working days within which a major incident's management review is due.
 */
@ConfigurationProperties("serval.desk")
record DeskProperties(@DefaultValue("10MB") DataSize attachmentMaxSize,
        @DefaultValue({"image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain",
                "text/csv", "application/x-tika-ooxml", "application/x-tika-msoffice", "application/zip"})
        List<String> attachmentTypes,
        @DefaultValue("PT15M") Duration unacceptedAfter,
        @DefaultValue("cn-standard") String reviewCalendar,
        @DefaultValue("5") int reviewWorkingDays) {
}
