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

    Page<Notification> findByRecipient(String recipient, Pageable pageable);

    Page<Notification> findByRecipientAndReadAtIsNull(String recipient, Pageable pageable);

    Optional<Notification> findByIdAndRecipient(long id, String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") String recipient, @Param("now") Instant now);
}
