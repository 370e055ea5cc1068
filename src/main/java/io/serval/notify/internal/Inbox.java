package io.serval.notify.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Users' notifications; every query names the user whose they are. */
public interface Inbox extends JpaRepository<Notification, Long> {

    /**
     * A user's notifications: only the unread ones if {@code unread}; only those whose details (ticket number,
     * subject, …) contain {@code text} if it is not null.
     */
    @Query("""
            select n from Notification n
            where n.recipient = :recipient
              and (:unread = false or n.readAt is null)
              and (:text is null or lower(n.arguments) like lower(concat('%', cast(:text as string), '%')))
            """)
    Page<Notification> search(@Param("recipient") String recipient, @Param("unread") boolean unread,
            @Param("text") String text, Pageable pageable);

    Optional<Notification> findByIdAndRecipient(long id, String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") String recipient, @Param("now") Instant now);
}
