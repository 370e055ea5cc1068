package io.serval.clock.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every {@code serval.clocks.threshold-pass} (default a minute), one node of the cluster fires what is due. */
@Component
class ThresholdPassJob {

    private final ThresholdPass pass;

    ThresholdPassJob(ThresholdPass pass) {
        this.pass = pass;
    }

    @Scheduled(fixedDelayString = "${serval.clocks.threshold-pass:PT1M}", initialDelayString = "${serval.clocks.threshold-pass:PT1M}")
    @SchedulerLock(name = "clock-threshold-pass", lockAtMostFor = "PT10M")
    void fireDue() {
        pass.fireDue();
    }
}
