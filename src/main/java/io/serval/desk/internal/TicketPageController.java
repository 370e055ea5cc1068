package io.serval.desk.internal;

import io.serval.catalog.ServiceCatalog;
import io.serval.catalog.ServiceView;
import io.serval.core.ConcurrentChangeException;
import io.serval.core.InvalidInputException;
import io.serval.core.NotFoundException;
import io.serval.core.Reason;
import io.serval.core.RoleSets;
import io.serval.core.RuleViolationException;
import io.serval.core.SystemActor;
import io.serval.desk.Severity;
import io.serval.desk.TicketFilter;
import io.serval.desk.TicketQueries;
import io.serval.desk.TicketService;
import io.serval.desk.TicketStatus;
import io.serval.desk.TicketType;
import io.serval.desk.TicketView;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationKind;
import io.serval.identity.OrganisationView;
import io.serval.identity.Role;
import io.serval.identity.UserFilter;
import io.serval.identity.UserView;
import io.serval.web.FormErrors;
import io.serval.web.ListQuery;
import io.serval.web.Problems;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's pages. Customers get the portal: their organisation's tickets, raising one, following it, replying,
 * confirming or reopening a resolution. Desk staff get the workspace: the queue with its views and filters, a
 * ticket page with everything on one screen, and raising a ticket for a customer. Providers get none of it; a
 * ticket one may not see is not found.
 */
@Controller
@RequestMapping("/tickets")
@PreAuthorize(RoleSets.TICKET_RAISERS)
class TicketPageController {

    /** The queue's views: the caller's own tickets, their team's, the ones nobody took, all. */
    static final List<String> VIEWS = List.of("mine", "group", "unassigned", "all");
    static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");

    private final TicketService tickets;
    private final TicketQueries queries;
    private final DeskAccess access;
    private final ServiceCatalog catalog;
    private final IdentityService identity;
    private final Problems problems;

    TicketPageController(TicketService tickets, TicketQueries queries, DeskAccess access, ServiceCatalog catalog,
            IdentityService identity, Problems problems) {
        this.tickets = tickets;
        this.queries = queries;
        this.access = access;
        this.catalog = catalog;
        this.identity = identity;
        this.problems = problems;
    }

    @GetMapping
    String list(@RequestParam(required = false) String view, @RequestParam(required = false) String q,
            @RequestParam(required = false) TicketStatus status, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String service, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String group, ListQuery list, Model model) {
        ListQuery order = list.sortedBy(TicketApiController.ORDERS.keySet(), "created", true);
        model.addAttribute("list", order);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", TicketStatus.values());
        if (!access.isDesk()) {
            TicketFilter filter = new TicketFilter(q, status, null, null, null, null, null, false);
            model.addAttribute("tickets", order.fetch(TicketApiController.ORDERS, p -> queries.list(filter, p)));
            return "desk/portal";
        }
        String shown = view != null && VIEWS.contains(view) ? view : "mine";
        String me = SystemActor.current();
        String team = "group".equals(shown) ? access.organisationCode() : group;
        TicketFilter filter = new TicketFilter(q, status, priority, service, organisation, team,
                "mine".equals(shown) ? me : null, "unassigned".equals(shown));
        model.addAttribute("tickets", order.fetch(TicketApiController.ORDERS, p -> queries.list(filter, p)));
        model.addAttribute("view", shown);
        model.addAttribute("views", VIEWS);
        model.addAttribute("priority", priority);
        model.addAttribute("priorities", PRIORITIES);
        model.addAttribute("service", service);
        model.addAttribute("organisation", organisation);
        model.addAttribute("group", group);
        model.addAttribute("customers", organisations(OrganisationKind.CUSTOMER));
        model.addAttribute("groups", organisations(OrganisationKind.INTERNAL));
        return "desk/queue";
    }

    @GetMapping("/new")
    String raise(Model model) {
        return raiseForm(model, new TicketForms.Raise());
    }

    @PostMapping("/new")
    String raise(@ModelAttribute("form") TicketForms.Raise form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return raiseForm(model, form);
        }
        try {
            long id = tickets.raise(form.command(), form.getFile()).id();
            redirect.addFlashAttribute("flash", "desk.raised");
            return "redirect:/tickets/" + id;
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
            return raiseForm(model, form);
        }
    }

    @GetMapping("/{id}")
    String ticket(@PathVariable long id, Model model) {
        TicketView ticket = queries.get(id);
        model.addAttribute("ticket", ticket);
        model.addAttribute("comments", queries.comments(id));
        model.addAttribute("attachments", queries.attachments(id));
        model.addAttribute("history", queries.history(id));
        model.addAttribute("customerName", displayName(ticket.customer()));
        if (!model.containsAttribute("reply")) {
            model.addAttribute("reply", new TicketForms.Reply());
        }
        if (!model.containsAttribute("move")) {
            model.addAttribute("move", new TicketForms.Move());
        }
        if (!access.isDesk()) {
            model.addAttribute("moves", moves(ticket, TicketLifecycle.Mover.CUSTOMER));
            return "desk/portal-ticket";
        }
        model.addAttribute("moves", moves(ticket, TicketLifecycle.Mover.DESK));
        model.addAttribute("suppliers", organisations(OrganisationKind.PROVIDER));
        model.addAttribute("me", SystemActor.current());
        if (!model.containsAttribute("change")) {
            model.addAttribute("change", TicketForms.Change.of(ticket));
        }
        List<OrganisationView> groups = organisations(OrganisationKind.INTERNAL);
        Set<String> groupCodes = groups.stream().map(OrganisationView::code).collect(Collectors.toSet());
        model.addAttribute("groups", groups);
        model.addAttribute("staff", identity.users(UserFilter.none(), Pageable.unpaged()).stream()
                .filter(u -> u.enabled() && groupCodes.contains(u.organisation())).toList());
        model.addAttribute("services", catalog.list().stream().filter(s -> s.active() || s.code().equals(ticket.service()))
                .sorted(ListQuery.byText(ServiceView::name)).toList());
        model.addAttribute("severities", Severity.values());
        return "desk/ticket";
    }

    @PostMapping("/{id}/comments")
    String reply(@PathVariable long id, @ModelAttribute("reply") TicketForms.Reply reply, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                tickets.comment(id, reply.command(), reply.getFile());
                redirect.addFlashAttribute("flash", reply.isInternal() ? "desk.noted" : "desk.replied");
                return "redirect:/tickets/" + id;
            } catch (InvalidInputException invalid) {
                FormErrors.reject(binding, invalid);
            }
        }
        return ticket(id, model);
    }

    @PostMapping("/{id}/transitions")
    String move(@PathVariable long id, @ModelAttribute("move") TicketForms.Move move, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                tickets.transition(id, move.command());
                redirect.addFlashAttribute("flash", "desk.moved." + move.getTo());
                return "redirect:/tickets/" + id;
            } catch (InvalidInputException invalid) {
                FormErrors.reject(binding, invalid);
            } catch (RuleViolationException refused) {
                Reason reason = refused.reasons().get(0);
                binding.reject(reason.code(), reason.getArguments(), problems.text(refused.reasons()));
            }
        }
        return ticket(id, model);
    }

    @PostMapping("/{id}/change")
    @PreAuthorize(RoleSets.DESK_STAFF)
    String change(@PathVariable long id, @ModelAttribute("change") TicketForms.Change change, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                tickets.change(id, change.command());
                redirect.addFlashAttribute("flash", "desk.changed");
                return "redirect:/tickets/" + id;
            } catch (InvalidInputException invalid) {
                FormErrors.reject(binding, invalid);
            } catch (ConcurrentChangeException stale) {
                FormErrors.reject(binding, stale);
            }
        }
        return ticket(id, model);
    }

    @GetMapping("/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachment) {
        return TicketApiController.file(queries.download(id, attachment));
    }

    private String raiseForm(Model model, TicketForms.Raise form) {
        model.addAttribute("form", form);
        model.addAttribute("types", TicketType.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("services", activeServices());
        if (access.isDesk()) {
            model.addAttribute("customers", identity.users(new UserFilter(null, null, Role.CUSTOMER, true),
                    Pageable.unpaged()).stream().sorted(Comparator.comparing(UserView::organisation)
                    .thenComparing(UserView::username)).toList());
        }
        return "desk/raise";
    }

    /** The statuses the reader may move the ticket to, by name (the page offers exactly these). */
    private static Set<String> moves(TicketView ticket, TicketLifecycle.Mover mover) {
        return TicketLifecycle.allowed(ticket.status(), mover).stream().map(Enum::name).collect(Collectors.toSet());
    }

    private List<ServiceView> activeServices() {
        return catalog.list().stream().filter(ServiceView::active).sorted(ListQuery.byText(ServiceView::name)).toList();
    }

    private List<OrganisationView> organisations(OrganisationKind kind) {
        return identity.organisations().stream().filter(o -> o.kind() == kind)
                .sorted(ListQuery.byText(OrganisationView::name)).toList();
    }

    private String displayName(String username) {
        try {
            return identity.user(username).displayName();
        } catch (NotFoundException gone) {
            return username;
        }
    }
}
