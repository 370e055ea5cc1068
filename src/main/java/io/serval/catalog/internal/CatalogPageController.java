package io.serval.catalog.internal;

import io.serval.calendar.CalendarService;
import io.serval.calendar.CalendarSummary;
import io.serval.catalog.ServiceCatalog;
import io.serval.catalog.ServiceRequirements;
import io.serval.catalog.ServiceStatus;
import io.serval.core.ConcurrentChangeException;
import io.serval.core.InvalidInputException;
import io.serval.core.RuleViolationException;
import io.serval.identity.CurrentUser;
import io.serval.identity.IdentityService;
import io.serval.core.RoleSets;
import io.serval.identity.ServalPrincipal;
import io.serval.identity.UserFilter;
import io.serval.identity.UserView;
import io.serval.web.FormErrors;
import io.serval.web.ListQuery;
import io.serval.web.Problems;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
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

/** Catalog pages: the browsable catalog with search, service detail and form, publication, history and diffs. */
@Controller
@RequestMapping("/catalog")
class CatalogPageController {

    private static final String EDITORS = RoleSets.SERVICE_LEVEL_MANAGERS;
    private static final String ALL = "ALL";

    private final ServiceCatalog catalog;
    private final ServiceRequirements requirements;
    private final CalendarService calendars;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final Problems problems;

    CatalogPageController(ServiceCatalog catalog, ServiceRequirements requirements, CalendarService calendars,
            IdentityService identity, CurrentUser currentUser, Problems problems) {
        this.problems = problems;
        this.catalog = catalog;
        this.requirements = requirements;
        this.calendars = calendars;
        this.identity = identity;
        this.currentUser = currentUser;
    }

    /** Calendar code → name, to show service hours by name. */
    @ModelAttribute("calendarNames")
    Map<String, String> calendarNames() {
        return calendars.list().stream().collect(Collectors.toMap(CalendarSummary::code, CalendarSummary::name));
    }

    /** The catalog; by default the active services, {@code status=ALL} shows retired ones too. */
    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            ListQuery list, Model model) {
        String shown = status == null || status.isBlank() ? ServiceStatus.ACTIVE.name() : status.toUpperCase(Locale.ROOT);
        ServiceStatus filter = ALL.equals(shown) ? null : parseStatus(shown);
        ListQuery order = CatalogLists.serviceOrder(list);
        model.addAttribute("services", CatalogLists.services(catalog.search(q, filter), order));
        model.addAttribute("list", order);
        model.addAttribute("q", q);
        model.addAttribute("status", filter == null ? ALL : filter.name());
        model.addAttribute("statuses", ServiceStatus.values());
        model.addAttribute("latest", catalog.latestVersion().orElse(null));
        return "catalog/list";
    }

    @GetMapping("/services/{code}")
    String detail(@PathVariable String code, Model model) {
        model.addAttribute("service", catalog.get(code));
        model.addAttribute("requirements", requirements.list(null, code));
        return "catalog/detail";
    }

    @GetMapping("/services/new")
    @PreAuthorize(EDITORS)
    String create(Model model) {
        String me = currentUser.principal().map(ServalPrincipal::getUsername).orElse(null);
        return form(model, ServiceForm.blank(me), false);
    }

    @PostMapping("/services/new")
    @PreAuthorize(EDITORS)
    String create(@ModelAttribute("form") ServiceForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, false);
        }
        try {
            String code = catalog.create(form.command()).code();
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/catalog/services/" + code;
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
            return form(model, form, false);
        }
    }

    @GetMapping("/services/{code}/edit")
    @PreAuthorize(EDITORS)
    String edit(@PathVariable String code, Model model) {
        return form(model, ServiceForm.of(catalog.get(code)), true);
    }

    @PostMapping("/services/{code}/edit")
    @PreAuthorize(EDITORS)
    String edit(@PathVariable String code, @ModelAttribute("form") ServiceForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        form.setCode(code);
        if (binding.hasErrors()) {
            return form(model, form, true);
        }
        try {
            catalog.update(code, form.command());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/catalog/services/" + code;
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
        } catch (ConcurrentChangeException stale) {
            FormErrors.reject(binding, stale);
        }
        return form(model, form, true);
    }

    @GetMapping("/versions")
    String versions(@RequestParam(required = false) String q, ListQuery list, Model model) {
        ListQuery order = CatalogLists.versionOrder(list);
        model.addAttribute("versions", CatalogLists.versions(catalog.versions(), q, order));
        model.addAttribute("list", order);
        model.addAttribute("q", q);
        if (currentUser.satisfies(EDITORS)) {
            model.addAttribute("pending", catalog.unpublishedChanges());
        }
        return "catalog/versions";
    }

    @PostMapping("/versions")
    @PreAuthorize(EDITORS)
    String publish(@RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            int number = catalog.publish(note).number();
            redirect.addFlashAttribute("flash", "catalog.published");
            return "redirect:/catalog/versions/" + number + "/diff";
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("publishError", invalid.problems().stream().map(problems::text)
                    .collect(Collectors.joining("; ")));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("publishError", problems.text(refused.reasons()));
        } catch (ConcurrentChangeException stale) {
            redirect.addFlashAttribute("publishError", stale.getMessage());
        }
        return "redirect:/catalog/versions";
    }

    @GetMapping("/versions/{number}")
    String version(@PathVariable int number, Model model) {
        model.addAttribute("version", catalog.version(number));
        return "catalog/version";
    }

    @GetMapping("/versions/{number}/diff")
    String diff(@PathVariable int number, Model model) {
        model.addAttribute("version", catalog.version(number));
        model.addAttribute("diff", catalog.diff(number));
        return "catalog/diff";
    }

    private String form(Model model, ServiceForm form, boolean editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("calendarList", calendars.list());
        model.addAttribute("statuses", ServiceStatus.values());
        model.addAttribute("usernames", identity.users(UserFilter.none(), Pageable.unpaged()).stream()
                .map(UserView::username).sorted().toList());
        return "catalog/form";
    }

    private static ServiceStatus parseStatus(String status) {
        try {
            return ServiceStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return ServiceStatus.ACTIVE;
        }
    }
}
