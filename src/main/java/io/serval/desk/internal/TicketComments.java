package io.serval.desk.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

interface TicketComments extends Repository<TicketComment, Long> {

    TicketComment save(TicketComment comment);

    boolean existsByTicketIdAndAuthorAndCreatedAtAfter(long ticketId, String author, java.time.Instant after);

    List<TicketComment> findByTicketIdOrderByCreatedAtAscIdAsc(long ticketId);

    List<TicketComment> findByTicketIdAndInternalFalseOrderByCreatedAtAscIdAsc(long ticketId);
}
