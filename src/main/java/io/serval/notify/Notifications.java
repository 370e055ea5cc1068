package io.serval.notify;

import io.serval.notify.internal.NoticeRows;
import java.time.Clock;
import java.util.List;
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

    private final NoticeRows rows;
    private final Clock clock;

    Notifications(NoticeRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Puts the notice in the recipient's inbox and, if it goes by e-mail, in the outbox (caller's transaction). */
    @Transactional
    public void send(Notice notice) {
        sendAll(List.of(notice));
    }

    /**
     * Sends notices as {@link #send} does each (caller's transaction), with one batch of inserts into the inbox and
     * one into the outbox: the threshold pass tells of a whole batch of clocks at once.
     */
    @Transactional
    public void sendAll(List<Notice> notices) {
        rows.insert(notices, clock.instant());
    }
}
