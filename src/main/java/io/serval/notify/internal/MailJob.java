package io.serval.notify.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every {@code serval.mail.poll-interval}, one node sends the mails that are due. */
@Component
class MailJob {

    private final MailDelivery delivery;

    MailJob(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${serval.mail.poll-interval:PT10S}", initialDelayString = "${serval.mail.poll-interval:PT10S}")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT10M")
    void sendDue() {
        delivery.sendDue();
    }
}
