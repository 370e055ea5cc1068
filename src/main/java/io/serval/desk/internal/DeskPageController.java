package io.serval.desk.internal;

import io.serval.catalog.ServiceCatalog;
import io.serval.catalog.ServiceView;
import io.serval.core.InvalidInputException;
import io.serval.core.RoleSets;
import io.serval.core.RuleViolationException;
import io.serval.desk.ContactChannel;
import io.serval.desk.ContactFilter;
import io.serval.desk.ContactQueries;
import io.serval.desk.ContactService;
import io.serval.desk.ContactView;
import io.serval.desk.DeclareMajor;
import io.serval.desk.DeskOperations;
import io.serval.desk.Escalation;
import io.serval.desk.EscalationKind;
import io.serval.desk.EscalationLevel;
import io.serval.desk.Severity;
import io.serval.desk.SupportGroups;
import io.serval.desk.TicketType;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationKind;
import io.serval.web.FormErrors;
import io.serval.web.ListQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's operations pages: the one-screen call form (a contact and the ticket opened from it), the contact
 * records, the contacts of a ticket (a fragment for the ticket page), the duty manager's view, a major incident.
 */
@Controller
class DeskPageController {

    private final ContactService contacts;
    private final ContactQueries contactQueries;
    private final DeskOperations operations;
    private final SupportGroups groups;
    private final ServiceCatalog catalog;
    private final IdentityService identity;
    private final MessageSource messages;

    DeskPageController(ContactService contacts, ContactQueries contactQueries, DeskOperations operations,
            SupportGroups groups, ServiceCatalog catalog, IdentityService identity, MessageSource messages) {
        this.messages = messages;
        this.contacts = contacts;
        this.contactQueries = contactQueries;
        this.operations = operations;
        this.groups = groups;
        this.catalog = catalog;
        this.identity = identity;
    }

    @GetMapping("/desk/calls/new")
    @PreAuthorize(RoleSets.DESK_STAFF)
    String newCall(Model model) {
        model.addAttribute("form", new CallForm());
        return callForm(model);
    }

    @PostMapping("/desk/calls/new")
    @PreAuthorize(RoleSets.DESK_STAFF)
    String logCall(@ModelAttribute("form") CallForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return callForm(model);
        }
        try {
            ContactView logged = contacts.log(form.command());
            redirect.addFlashAttribute("flash", "desk.call.logged");
            return logged.subjectId() == null ? "redirect:/desk/contacts" : "redirect:/tickets/" + logged.subjectId();
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
            return callForm(model);
        }
    }

    private String callForm(Model model) {
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("types", TicketType.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("services", catalog.list().stream().filter(ServiceView::active).toList());
        model.addAttribute("organisations", identity.organisations().stream()
                .filter(o -> o.kind() == OrganisationKind.CUSTOMER).toList());
        return "desk/call-form";
    }

    @GetMapping("/desk/contacts")
    String contactList(@RequestParam(required = false) String q, @RequestParam(required = false) ContactChannel channel,
            @RequestParam(required = false) String organisation, ListQuery list, Model model) {
        ListQuery shown = list.sortedBy(ContactApiController.ORDERS.keySet(), "at", true);
        model.addAttribute("contacts", shown.fetch(ContactApiController.ORDERS,
                page -> contactQueries.list(new ContactFilter(q, channel, organisation, null, null), page)));
        model.addAttribute("list", shown);
        model.addAttribute("q", q);
        model.addAttribute("channel", channel);
        model.addAttribute("organisation", organisation);
        model.addAttribute("channels", ContactChannel.values());
        return "desk/contacts";
    }

    /** The contacts about a ticket, for the ticket page to include. */
    @GetMapping("/desk/tickets/{id}/contacts")
    String ticketContacts(@PathVariable long id, Model model) {
        model.addAttribute("ticketContacts", contactQueries.forTicket(id));
        return "desk/contacts :: forTicket(id=" + id + ")";
    }

    @GetMapping("/desk/duty")
    @PreAuthorize(RoleSets.DUTY_MANAGERS)
    String duty(Model model) {
        model.addAttribute("duty", operations.duty());
        model.addAttribute("groups", groups.list());
        model.addAttribute("levels", EscalationLevel.values());
        return "desk/duty";
    }

    /** The duty manager pushes a ticket up (hierarchically) or reassigns it to a group (functionally). */
    @PostMapping("/desk/duty/{id}/escalations")
    @PreAuthorize(RoleSets.DUTY_MANAGERS)
    String escalate(@PathVariable long id, @RequestParam EscalationKind kind, @RequestParam(required = false) String group,
            @RequestParam(required = false) EscalationLevel to, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            operations.escalate(id, new Escalation(kind, group, to, reason));
            redirect.addFlashAttribute("flash", "desk.escalated");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("problems", invalid.problems().stream().map(p -> messages.getMessage(
                    new DefaultMessageSourceResolvable(new String[] {p.code()}, p.args(), p.defaultMessage()),
                    LocaleContextHolder.getLocale())).toList());
        }
        return "redirect:/desk/duty";
    }

    /** From the ticket page: push the ticket up to the duty manager or the service level manager. */
    @PostMapping("/tickets/{id}/hierarchical")
    @PreAuthorize(RoleSets.DESK_STAFF)
    String pushUp(@PathVariable long id, @RequestParam(required = false) EscalationLevel to,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return onTicketPage(id, redirect, "desk.escalated",
                () -> operations.escalate(id, new Escalation(EscalationKind.HIERARCHICAL, null, to, reason)));
    }

    /** From the ticket page: declare the ticket a major incident. */
    @PostMapping("/tickets/{id}/major")
    @PreAuthorize(RoleSets.DESK_STAFF)
    String declareMajor(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return onTicketPage(id, redirect, "desk.major.declaredFlash", () -> operations.declareMajor(id, new DeclareMajor(reason)));
    }

    private String onTicketPage(long id, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", done);
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("problems", invalid.problems().stream().map(p -> messages.getMessage(
                    new DefaultMessageSourceResolvable(new String[] {p.code()}, p.args(), p.defaultMessage()),
                    LocaleContextHolder.getLocale())).toList());
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("problems", refused.reasons().stream().map(r -> messages.getMessage(
                    new DefaultMessageSourceResolvable(new String[] {r.code()}, r.args(), r.defaultMessage()),
                    LocaleContextHolder.getLocale())).toList());
        }
        return "redirect:/tickets/" + id;
    }

    @GetMapping("/desk/major/{id}")
    @PreAuthorize(RoleSets.DESK_STAFF)
    String majorIncident(@PathVariable long id, Model model) {
        model.addAttribute("incident", operations.majorIncident(id));
        model.addAttribute("escalations", operations.escalations(id));
        return "desk/major";
    }
}
