package io.serval.desk.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every {@code serval.desk.auto-close-check} (default 15 minutes), one node closes the resolutions now accepted. */
@Component
class ResolvedTicketClosingJob {

    private final ResolvedTicketClosing closing;

    ResolvedTicketClosingJob(ResolvedTicketClosing closing) {
        this.closing = closing;
    }

    @Scheduled(fixedDelayString = "${serval.desk.auto-close-check:PT15M}", initialDelayString = "${serval.desk.auto-close-check:PT15M}")
    @SchedulerLock(name = "desk-auto-close", lockAtMostFor = "PT30M")
    void closeAccepted() {
        closing.closeAccepted();
    }
}
