package io.serval.desk.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

interface TicketEscalations extends Repository<TicketEscalation, Long> {

    TicketEscalation save(TicketEscalation escalation);

    List<TicketEscalation> findByTicketIdOrderByAtAscIdAsc(long ticketId);
}
