package io.serval.desk.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code serval.desk.*}: the largest attachment, the file types (as read from the content) a ticket accepts, how
 * many tickets of history the demo loads, and after how many working days without a reply a resolution counts as
 * accepted (the ticket closes).
 */
@ConfigurationProperties("serval.desk")
record DeskProperties(@DefaultValue("10MB") DataSize attachmentMaxSize, @DefaultValue("3000") int demoTickets,
        @DefaultValue("3") int autoCloseWorkingDays,
        @DefaultValue({"image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain",
                "text/csv", "application/x-tika-ooxml", "application/x-tika-msoffice", "application/zip"})
        List<String> attachmentTypes) {
}
