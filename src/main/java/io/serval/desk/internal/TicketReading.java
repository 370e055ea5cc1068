package io.serval.desk.internal;

import io.serval.desk.AttachmentView;
import io.serval.desk.CommentView;
import io.serval.desk.StatusChangeView;
import io.serval.desk.TicketFilter;
import io.serval.desk.TicketQueries;
import io.serval.desk.TicketView;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Reads tickets and what belongs to them; who may read them is {@link DeskAccess}' concern. */
@Component
public class TicketReading {

    private final TicketSearch search;
    private final TicketComments comments;
    private final TicketAttachments attachments;
    private final TicketStatusChanges history;

    TicketReading(TicketSearch search, TicketComments comments, TicketAttachments attachments, TicketStatusChanges history) {
        this.search = search;
        this.comments = comments;
        this.attachments = attachments;
        this.history = history;
    }

    /**
     * {@code organisation}: null for all, else that organisation's; {@code like}: a lower-case LIKE pattern or null.
     * Large lists are counted up to a bound only ({@link io.serval.web.CappedPage}).
     */
    public Page<TicketView> search(String organisation, TicketFilter f, String like, Pageable pageable) {
        return search.find(new TicketSearch.Criteria(organisation, f.status(), blank(f.priority()), blank(f.service()),
                blank(f.group()), blank(f.assignee()), f.unassigned(), like), pageable).map(Ticket::view);
    }

    public List<CommentView> comments(Ticket ticket, boolean withInternalNotes) {
        return (withInternalNotes ? comments.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())
                : comments.findByTicketIdAndInternalFalseOrderByCreatedAtAscIdAsc(ticket.getId()))
                .stream().map(TicketComment::view).toList();
    }

    public List<StatusChangeView> history(Ticket ticket, boolean forDesk) {
        return history.findByTicketIdOrderByChangedAtAscIdAsc(ticket.getId()).stream().map(c -> c.view(forDesk)).toList();
    }

    public List<AttachmentView> attachments(Ticket ticket) {
        return attachments.findByTicketIdOrderByIdAsc(ticket.getId()).stream().map(TicketAttachment::view).toList();
    }

    public Optional<TicketQueries.Download> download(Ticket ticket, long attachmentId) {
        return attachments.findByIdAndTicketId(attachmentId, ticket.getId())
                .map(a -> new TicketQueries.Download(a.getFileName(), a.getContentType(), a.getContent()));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
