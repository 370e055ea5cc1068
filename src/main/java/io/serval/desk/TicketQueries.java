package io.serval.desk;

import io.serval.core.NotFoundException;
import io.serval.core.Texts;
import io.serval.desk.internal.DeskAccess;
import io.serval.desk.internal.TicketReading;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads tickets as the caller may see them: the desk every ticket with its internal notes, a customer its
 * organisation's tickets without them. What one may not see is not found.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()") // whom a ticket is visible to is DeskAccess' rule: the rest find nothing (404)
public class TicketQueries {

    private final DeskAccess access;
    private final TicketReading reading;

    TicketQueries(DeskAccess access, TicketReading reading) {
        this.access = access;
        this.reading = reading;
    }

    public TicketView get(long id) {
        return access.visible(id).view();
    }

    public Page<TicketView> list(TicketFilter filter, Pageable pageable) {
        String q = Texts.blankToNull(filter.q());
        String organisation = access.visibleOrganisation();
        if (!access.isDesk() || filter.organisation() == null || filter.organisation().isBlank()) {
            return reading.search(organisation, filter, q == null ? null : "%" + q.toLowerCase(Locale.ROOT) + "%", pageable);
        }
        return reading.search(filter.organisation().trim(), filter, q == null ? null : "%" + q.toLowerCase(Locale.ROOT) + "%",
                pageable);
    }

    /** Replies, and for the desk internal notes too, oldest first. */
    public List<CommentView> comments(long id) {
        return reading.comments(access.visible(id), access.isDesk());
    }

    /** The status history, oldest first; a customer reads only the reasons meant for them. */
    public List<StatusChangeView> history(long id) {
        return reading.history(access.visible(id), access.isDesk());
    }

    public List<AttachmentView> attachments(long id) {
        return reading.attachments(access.visible(id));
    }

    /** A file and its content, for a ticket the caller may see. */
    public Download download(long ticketId, long attachmentId) {
        return reading.download(access.visible(ticketId), attachmentId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }
}
