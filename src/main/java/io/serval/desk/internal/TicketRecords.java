package io.serval.desk.internal;

import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.Texts;
import io.serval.desk.AttachmentView;
import io.serval.desk.CommentView;
import io.serval.desk.RaiseTicket;
import io.serval.desk.Severity;
import io.serval.desk.TicketStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Writes tickets and what belongs to them (status history, comments, attachments). */
@Component
public class TicketRecords {

    private final Tickets tickets;
    private final TicketStatusChanges history;
    private final TicketComments comments;
    private final TicketAttachments attachments;
    private final AttachmentTypes types;
    private final DeskProperties properties;
    private final JdbcClient jdbc;
    private final TicketNotices notices;
    private final Clock clock;

    TicketRecords(Tickets tickets, TicketStatusChanges history, TicketComments comments, TicketAttachments attachments,
            AttachmentTypes types, DeskProperties properties, JdbcClient jdbc, TicketNotices notices, Clock clock) {
        this.notices = notices;
        this.tickets = tickets;
        this.history = history;
        this.comments = comments;
        this.attachments = attachments;
        this.types = types;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Ticket raise(RaiseTicket c, String customer, String organisation, String priority, String prioritySource,
            Instant at) {
        long next = jdbc.sql("select nextval('ticket_number_seq')").query(Long.class).single();
        String number = "%s-%d-%06d".formatted(c.type().prefix(), LocalDate.ofInstant(at, clock.getZone()).getYear(), next);
        Ticket ticket = tickets.saveAndFlush(new Ticket(number, c.type(), c.subject().strip(), lines(c.description()),
                organisation, customer, c.service().trim(), Texts.blankToNull(c.category()), c.impact(), c.urgency(), priority,
                prioritySource, at));
        history.save(new TicketStatusChange(ticket.getId(), null, TicketStatus.NEW, null, ticket.getCreatedBy(), at));
        return ticket;
    }

    public Ticket move(Ticket ticket, TicketStatus to, String comment, String group, String assignee, String supplier,
            String actor, Instant at) {
        TicketStatus from = ticket.getStatus();
        if (group != null || assignee != null) {
            ticket.assign(group != null ? group : ticket.getAssignmentGroup(), assignee, at);
        }
        if (to == TicketStatus.PENDING_SUPPLIER) {
            ticket.awaitSupplier(supplier);
        }
        ticket.move(to, actor, at);
        history.save(new TicketStatusChange(ticket.getId(), from, to, Texts.blankToNull(lines(comment)), actor, at));
        return tickets.saveAndFlush(ticket);
    }

    public Ticket retarget(Ticket ticket, String service, String category, Severity impact, Severity urgency,
            String priority, String source, Instant at) {
        ticket.retarget(service, category, impact, urgency, priority, source, at);
        return tickets.saveAndFlush(ticket);
    }

    /** A reply or an internal note; a reply from the desk is a response to the customer. */
    public CommentView comment(Ticket ticket, String text, boolean internal, boolean byDesk, String author, Instant at) {
        CommentView written = comments.save(new TicketComment(ticket.getId(), lines(text), internal, author, at)).view();
        if (!internal) {
            notices.replied(ticket, author);
            if (byDesk) {
                ticket.responded(at);
                tickets.saveAndFlush(ticket);
            }
        }
        return written;
    }

    public AttachmentView attach(Ticket ticket, MultipartFile file, String author, Instant at) {
        if (file.getSize() > properties.attachmentMaxSize().toBytes()) {
            throw new InvalidInputException(FieldProblem.of("file", "desk.attachment.tooLarge",
                    "a file may have at most {0} MB", properties.attachmentMaxSize().toMegabytes()));
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = fileName(file.getOriginalFilename());
        String type = types.detect(content, name);
        if (!properties.attachmentTypes().contains(type)) {
            throw new InvalidInputException(FieldProblem.of("file", "desk.attachment.type",
                    "files of type {0} cannot be attached", type));
        }
        return attachments.save(new TicketAttachment(ticket.getId(), name, type, content, author, at)).view();
    }

    /** A text as stored: line breaks as a browser's form sends them (CR LF) kept as LF, no blank margins. */
    private static String lines(String text) {
        return text == null ? null : text.replace("\r\n", "\n").strip();
    }

    /** The file's own name, without any path a browser sent, at most 255 characters. */
    private static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
