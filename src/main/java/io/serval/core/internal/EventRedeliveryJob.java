package io.serval.core.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again what a module's listener did not complete: an event published through the event publication
 * registry stays on record until its listener (run after the commit) completes, so a listener that failed or whose
 * node died in the middle (a recomputation of every running clock after a calendar change) is not lost. Every
 * {@code serval.events.redelivery} (default five minutes), one node of the cluster hands the publications older
 * than {@code serval.events.redeliver-after} (default ten minutes) to their listeners again; those listeners are
 * written to be run twice without doing their work twice.
 */
@Component
public class EventRedeliveryJob {

    private final IncompleteEventPublications incomplete;
    private final Duration redeliverAfter;

    EventRedeliveryJob(IncompleteEventPublications incomplete,
            @Value("${serval.events.redeliver-after:PT10M}") Duration redeliverAfter) {
        this.incomplete = incomplete;
        this.redeliverAfter = redeliverAfter;
    }

    @Scheduled(fixedDelayString = "${serval.events.redelivery:PT5M}", initialDelayString = "${serval.events.redelivery:PT5M}")
    @SchedulerLock(name = "event-redelivery", lockAtMostFor = "PT30M")
    public void redeliver() {
        incomplete.resubmitIncompletePublicationsOlderThan(redeliverAfter);
    }
}
