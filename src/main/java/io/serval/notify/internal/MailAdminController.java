package io.serval.notify.internal;

import io.serval.core.NotFoundException;
import io.serval.core.RoleSets;
import io.serval.core.Texts;
import io.serval.web.ListQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Administrators' view of the outbox: every mail with its status and attempts, filtered by status and text. */
@Controller
@Tag(name = "Mail")
@PreAuthorize(RoleSets.ADMINISTRATORS)
@Transactional(readOnly = true)
class MailAdminController {

    /** Newest first by default. */
    static final Map<String, Sort> SORTS = Map.of(
            "created", Sort.by("createdAt", "id"),
            "recipient", Sort.by("recipient").and(Sort.by(Sort.Direction.DESC, "createdAt", "id")),
            "status", Sort.by("status").and(Sort.by(Sort.Direction.DESC, "createdAt", "id")),
            "attempts", Sort.by("attempts").and(Sort.by(Sort.Direction.DESC, "createdAt", "id")));

    /** One attempt of a mail. */
    record AttemptView(java.time.Instant attemptedAt, MailStatus outcome, String reason, String error) {
    }

    /** A mail with all its attempts. */
    record MailDetail(MailView mail, List<AttemptView> attempts) {
    }

    private final Outbox outbox;
    private final MailAttempts attempts;

    MailAdminController(Outbox outbox, MailAttempts attempts) {
        this.outbox = outbox;
        this.attempts = attempts;
    }

    @GetMapping("/admin/mail")
    public String page(@RequestParam(required = false) MailStatus status, @RequestParam(required = false) String q,
            ListQuery list, Model model) {
        model.addAttribute("mails", mails(status, q, list));
        model.addAttribute("list", order(list));
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("statuses", MailStatus.values());
        return "notify/mail";
    }

    @Operation(summary = "Outgoing mail, a page at a time, of one status",
            description = "sort: created (default, newest first), recipient, status, attempts; q searches the "
                    + "recipient, the address and the details (ticket number, subject, …)")
    @GetMapping("/api/admin/mail")
    @ResponseBody
    public PagedModel<MailView> api(@RequestParam(required = false) MailStatus status,
            @RequestParam(required = false) String q, ListQuery list) {
        return new PagedModel<>(mails(status, q, list));
    }

    @Operation(summary = "One mail with every attempt to send it")
    @GetMapping("/api/admin/mail/{id}")
    @ResponseBody
    public MailDetail mail(@PathVariable long id) {
        OutboxMail mail = outbox.findById(id).orElseThrow(() -> new NotFoundException("Mail", id));
        return new MailDetail(MailView.of(mail), attempts.findByMailIdOrderByAttemptedAtAscIdAsc(id).stream()
                .map(a -> new AttemptView(a.getAttemptedAt(), a.getOutcome(), a.getReason(), a.getError())).toList());
    }

    private Page<MailView> mails(MailStatus status, String q, ListQuery list) {
        String text = Texts.blankToNull(q);
        return order(list).fetch(SORTS, page -> outbox.search(status, text, page).map(MailView::of));
    }

    private static ListQuery order(ListQuery asked) {
        return asked.sortedBy(SORTS.keySet(), "created", true);
    }
}
