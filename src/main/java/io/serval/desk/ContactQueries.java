package io.serval.desk;

import io.serval.core.NotFoundException;
import io.serval.desk.internal.ContactLog;
import io.serval.desk.internal.DeskAccess;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads contacts as the caller may see them: the desk all, a customer its organisation's; the rest are not found. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()") // who sees which contact is DeskAccess' rule: the rest find nothing (404)
public class ContactQueries {

    private final ContactLog log;
    private final DeskAccess access;

    ContactQueries(ContactLog log, DeskAccess access) {
        this.log = log;
        this.access = access;
    }

    public ContactView get(long id) {
        return log.find(id, access.visibleOrganisation()).orElseThrow(() -> new NotFoundException("Contact", id));
    }

    public Page<ContactView> list(ContactFilter filter, Pageable pageable) {
        String organisation = access.visibleOrganisation();
        if (organisation == null && filter.organisation() != null && !filter.organisation().isBlank()) {
            organisation = filter.organisation().trim();
        }
        return log.search(organisation, filter, pageable);
    }

    /** The contacts about a ticket the caller may see, oldest first. */
    public List<ContactView> forTicket(long ticketId) {
        return log.forTicket(access.visible(ticketId));
    }
}
