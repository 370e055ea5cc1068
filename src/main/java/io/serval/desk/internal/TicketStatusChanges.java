package io.serval.desk.internal;

import org.springframework.data.repository.Repository;

interface TicketStatusChanges extends Repository<TicketStatusChange, Long> {

    TicketStatusChange save(TicketStatusChange change);
}
