package io.serval.notify;

import io.serval.notify.internal.Inbox;
import io.serval.notify.internal.Notification;
import io.serval.notify.internal.Outbox;
import io.serval.notify.internal.OutboxMail;
import io.serval.notify.internal.StoredArguments;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notices. {@link #send} joins the caller's transaction: the inbox entry and, for an e-mail, the outbox row
 * are written with the caller's change and are gone if it rolls back, so nobody hears of a change that did not
 * happen. It only writes two rows: the mail itself goes later, from the outbox, by a scheduled job that retries
 * with backoff; a mail server that is down or missing never slows or fails the caller.
 */
@Service
public class Notifications {

    private final Inbox inbox;
    private final Outbox outbox;
    private final Clock clock;

    Notifications(Inbox inbox, Outbox outbox, Clock clock) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Puts the notice in the recipient's inbox and, if it goes by e-mail, in the outbox (caller's transaction). */
    @Transactional
    public void send(Notice notice) {
        Instant now = clock.instant();
        String arguments = StoredArguments.write(notice.arguments());
        inbox.save(new Notification(notice.recipient(), notice.kind().key(), arguments, notice.link(), now));
        if (notice.email()) {
            OutboxMail mail = new OutboxMail(notice.recipient(), notice.kind().key(), arguments, notice.link(), now);
            if (notice.holdUntil() != null && notice.holdUntil().isAfter(now)) {
                mail.holdUntil(notice.holdUntil());
            }
            outbox.save(mail);
        }
    }
}
