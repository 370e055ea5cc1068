package io.serval.desk.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

interface TicketStatusChanges extends Repository<TicketStatusChange, Long> {

    TicketStatusChange save(TicketStatusChange change);

    List<TicketStatusChange> findByTicketIdOrderByChangedAtAscIdAsc(long ticketId);
}
