package io.serval.notify;

import io.serval.notify.internal.StoredArguments;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Notifications(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
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
        Instant now = clock.instant();
        List<Object[]> inbox = new ArrayList<>();
        List<Object[]> outbox = new ArrayList<>();
        for (Notice notice : notices) {
            String arguments = StoredArguments.write(notice.arguments());
            inbox.add(new Object[] {notice.recipient(), notice.kind().key(), arguments, notice.link(), Timestamp.from(now)});
            if (notice.email()) {
                Instant due = notice.holdUntil() != null && notice.holdUntil().isAfter(now) ? notice.holdUntil() : now;
                outbox.add(new Object[] {notice.recipient(), notice.kind().key(), arguments, notice.link(),
                        Timestamp.from(now), Timestamp.from(due)});
            }
        }
        if (!inbox.isEmpty()) {
            jdbc.batchUpdate("insert into notification (recipient, kind, arguments, link, created_at) values (?, ?, ?, ?, ?)",
                    inbox);
        }
        if (!outbox.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into mail_outbox (recipient, kind, arguments, link, status, attempts, created_at, next_attempt_at)
                    values (?, ?, ?, ?, 'PENDING', 0, ?, ?)""", outbox);
        }
    }
}
