package io.serval.desk.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code serval.desk.*}: the largest attachment, the file types (as read from the content) a ticket accepts, how
 * many tickets of history the demo loads, after how many working days without a reply a resolution counts as
 * accepted (the ticket closes), how long a new ticket may wait to be taken before the duty manager sees it as
 * unaccepted, and the calendar and number of its working days within which a major incident's review is due.
 */
@ConfigurationProperties("serval.desk")
record DeskProperties(@DefaultValue("10MB") DataSize attachmentMaxSize, @DefaultValue("3000") int demoTickets,
        @DefaultValue("3") int autoCloseWorkingDays,
        @DefaultValue({"image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain",
                "text/csv", "application/x-tika-ooxml", "application/x-tika-msoffice", "application/zip"})
        List<String> attachmentTypes,
        @DefaultValue("PT15M") Duration unacceptedAfter,
        @DefaultValue("cn-standard") String reviewCalendar,
        @DefaultValue("5") int reviewWorkingDays) {
}
