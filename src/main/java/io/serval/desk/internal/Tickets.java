package io.serval.desk.internal;

import io.serval.desk.TicketStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface Tickets extends Repository<Ticket, Long> {

    Ticket saveAndFlush(Ticket ticket);

    /** Resolved tickets whose resolution is older than {@code before}, oldest first. */
    java.util.List<Ticket> findByStatusAndResolvedAtBeforeOrderByResolvedAt(TicketStatus status, java.time.Instant before);

    /** A ticket the caller may see: any for the desk ({@code organisation} null), else its organisation's. */
    @Query("select t from Ticket t where t.id = :id and (:organisation is null or t.organisation = :organisation)")
    Optional<Ticket> findVisible(@Param("id") long id, @Param("organisation") String organisation);

    /** Tickets still in {@code status} raised at or before {@code raisedBefore}, oldest first (unaccepted ones). */
    List<Ticket> findTop200ByStatusAndCreatedAtLessThanEqualOrderByCreatedAtAsc(TicketStatus status, Instant raisedBefore);

    List<Ticket> findTop200ByStatusOrderByUpdatedAtDesc(TicketStatus status);

    /** Major incidents not yet resolved or closed, newest first. */
    List<Ticket> findTop200ByMajorTrueAndStatusNotInOrderByCreatedAtDesc(Collection<TicketStatus> statuses);

    List<Ticket> findByIdIn(Collection<Long> ids);
}
