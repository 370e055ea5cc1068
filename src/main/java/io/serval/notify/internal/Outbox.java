package io.serval.notify.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The mail outbox. */
public interface Outbox extends JpaRepository<OutboxMail, Long> {

    /** Mails due now: pending ones whose time has come, and claims of nodes that stopped before finishing. */
    @Query("""
            select m.id from OutboxMail m
            where (m.status = io.serval.notify.internal.MailStatus.PENDING and m.nextAttemptAt <= :now)
               or (m.status = io.serval.notify.internal.MailStatus.SENDING and m.claimedUntil < :now)
            order by m.nextAttemptAt, m.id
            """)
    List<Long> findDue(@Param("now") Instant now, Pageable first);

    /**
     * Claims a due mail for this node until {@code until}: 1 when this node got it, 0 when another node was first
     * (the condition is checked again on the locked row, so two nodes never both claim it).
     */
    @Modifying
    @Query("""
            update OutboxMail m set m.status = io.serval.notify.internal.MailStatus.SENDING, m.claimedUntil = :until
            where m.id = :id
              and ((m.status = io.serval.notify.internal.MailStatus.PENDING and m.nextAttemptAt <= :now)
                or (m.status = io.serval.notify.internal.MailStatus.SENDING and m.claimedUntil < :now))
            """)
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("until") Instant until);

    /**
     * Mails of {@code status} (any if null) whose recipient, address or details (ticket number, subject, …) contain
     * {@code text} (if not null).
     */
    @Query("""
            select m from OutboxMail m
            where (:status is null or m.status = :status)
              and (:text is null or lower(m.recipient) like lower(concat('%', cast(:text as string), '%'))
                   or lower(m.address) like lower(concat('%', cast(:text as string), '%'))
                   or lower(m.arguments) like lower(concat('%', cast(:text as string), '%')))
            """)
    Page<OutboxMail> search(@Param("status") MailStatus status, @Param("text") String text, Pageable pageable);
}
