package io.serval.desk.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface TicketAttachments extends Repository<TicketAttachment, Long> {

    TicketAttachment save(TicketAttachment attachment);

    List<TicketAttachment> findByTicketIdOrderByIdAsc(long ticketId);

    Optional<TicketAttachment> findByIdAndTicketId(long id, long ticketId);
}
