package io.serval.desk.internal;

import io.serval.desk.AttachmentView;
import io.serval.desk.CommentView;
import io.serval.desk.NewComment;
import io.serval.desk.RaiseTicket;
import io.serval.desk.TicketChange;
import io.serval.desk.TicketFilter;
import io.serval.desk.TicketQueries;
import io.serval.desk.TicketService;
import io.serval.desk.TicketStatus;
import io.serval.desk.TicketView;
import io.serval.desk.Transition;
import io.serval.web.FlatPage;
import io.serval.web.ListQuery;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Tickets over REST: the same rules and permissions as the pages. */
@RestController
@RequestMapping("/api/tickets")
@Tag(name = "Tickets", description = "Incidents, service requests, enquiries and suggestions")
class TicketApiController {

    static final Map<String, Sort> ORDERS = Map.of(
            "created", Sort.by("createdAt", "id"),
            "updated", Sort.by("updatedAt", "id"),
            "number", Sort.by("number"),
            "priority", Sort.by("priority", "createdAt"),
            "status", Sort.by("status", "createdAt"));

    private final TicketService tickets;
    private final TicketQueries queries;

    TicketApiController(TicketService tickets, TicketQueries queries) {
        this.tickets = tickets;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<TicketView> raise(@RequestBody RaiseTicket command) {
        TicketView raised = tickets.raise(command);
        return ResponseEntity.created(URI.create("/api/tickets/" + raised.id())).body(raised);
    }

    @GetMapping
    FlatPage<TicketView> list(@Parameter(description = "searches number, subject and description") @RequestParam(required = false) String q,
            @RequestParam(required = false) TicketStatus status, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String service, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String group, @RequestParam(required = false) String assignee,
            @Parameter(description = "only the tickets nobody has taken") @RequestParam(defaultValue = "false") boolean unassigned,
            ListQuery list) {
        TicketFilter filter = new TicketFilter(q, status, priority, service, organisation, group, assignee, unassigned);
        return FlatPage.of(list.sortedBy(ORDERS.keySet(), "created", true)
                .fetch(ORDERS, pageable -> queries.list(filter, pageable)));
    }

    @GetMapping("/{id}")
    TicketView get(@PathVariable long id) {
        return queries.get(id);
    }

    @PatchMapping("/{id}")
    TicketView change(@PathVariable long id, @RequestBody TicketChange change) {
        return tickets.change(id, change);
    }

    @PostMapping("/{id}/transitions")
    TicketView transition(@PathVariable long id, @RequestBody Transition transition) {
        return tickets.transition(id, transition);
    }

    @GetMapping("/{id}/comments")
    List<CommentView> comments(@PathVariable long id) {
        return queries.comments(id);
    }

    @PostMapping("/{id}/comments")
    ResponseEntity<CommentView> comment(@PathVariable long id, @RequestBody NewComment comment) {
        CommentView written = tickets.comment(id, comment);
        return ResponseEntity.created(URI.create("/api/tickets/" + id + "/comments")).body(written);
    }

    @GetMapping("/{id}/attachments")
    List<AttachmentView> attachments(@PathVariable long id) {
        return queries.attachments(id);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentView> attach(@PathVariable long id, @RequestPart("file") MultipartFile file) {
        AttachmentView attached = tickets.attach(id, file);
        return ResponseEntity.created(URI.create("/api/tickets/" + id + "/attachments/" + attached.id())).body(attached);
    }

    @GetMapping("/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachment) {
        return file(queries.download(id, attachment));
    }

    /** A file as a download (never shown inline, never sniffed), for the API and the pages alike. */
    static ResponseEntity<byte[]> file(TicketQueries.Download file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }
}
