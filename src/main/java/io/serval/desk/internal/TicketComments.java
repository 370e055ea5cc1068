package io.serval.desk.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

interface TicketComments extends Repository<TicketComment, Long> {

    TicketComment save(TicketComment comment);

    List<TicketComment> findByTicketIdOrderByCreatedAtAscIdAsc(long ticketId);

    List<TicketComment> findByTicketIdAndInternalFalseOrderByCreatedAtAscIdAsc(long ticketId);
}
