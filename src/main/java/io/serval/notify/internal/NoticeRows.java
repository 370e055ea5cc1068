package io.serval.notify.internal;

import io.serval.notify.Notice;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes notices as rows: each in its recipient's inbox and, for an e-mail, in the outbox (due at once, or when its
 * quiet hours end), with one batch of inserts for each table however many notices there are.
 */
@Component
public class NoticeRows {

    private final JdbcTemplate jdbc;

    NoticeRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<Notice> notices, Instant now) {
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
