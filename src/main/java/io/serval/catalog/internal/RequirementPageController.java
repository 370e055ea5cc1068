package io.serval.catalog.internal;

import io.serval.calendar.CalendarService;
import io.serval.calendar.CalendarSummary;
import io.serval.catalog.ServiceCatalog;
import io.serval.catalog.ServiceRequirementCommand;
import io.serval.catalog.ServiceRequirements;
import io.serval.core.ConcurrentChangeException;
import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationKind;
import io.serval.core.RoleSets;
import io.serval.web.FormErrors;
import io.serval.web.ListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

/** Service requirement specification pages: list (scoped), detail and form. */
@Controller
@RequestMapping("/catalog/requirements")
class RequirementPageController {

    private static final String EDITORS = RoleSets.REQUIREMENT_EDITORS;

    private final ServiceRequirements requirements;
    private final ServiceCatalog catalog;
    private final CalendarService calendars;
    private final IdentityService identity;

    RequirementPageController(ServiceRequirements requirements, ServiceCatalog catalog, CalendarService calendars,
            IdentityService identity) {
        this.requirements = requirements;
        this.catalog = catalog;
        this.calendars = calendars;
        this.identity = identity;
    }

    @ModelAttribute("calendarNames")
    Map<String, String> calendarNames() {
        return calendars.list().stream().collect(Collectors.toMap(CalendarSummary::code, CalendarSummary::name));
    }

    @GetMapping
    String list(@RequestParam(required = false) String organisation, @RequestParam(required = false) String service,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean unanswered,
            ListQuery list, Model model) {
        ListQuery order = CatalogLists.requirementOrder(list);
        model.addAttribute("requirements", CatalogLists.requirements(requirements.list(organisation, service), q,
                unanswered, order));
        model.addAttribute("list", order);
        model.addAttribute("organisation", organisation);
        model.addAttribute("service", service);
        model.addAttribute("q", q);
        model.addAttribute("unanswered", unanswered);
        model.addAttribute("customers", customers());
        model.addAttribute("services", catalog.list());
        return "catalog/requirements";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("requirement", requirements.get(id));
        return "catalog/requirement";
    }

    @GetMapping("/new")
    @PreAuthorize(EDITORS)
    String create(@RequestParam(required = false) String organisation, @RequestParam(required = false) String service,
            Model model) {
        RequirementForm form = new RequirementForm();
        form.setOrganisation(organisation);
        form.setService(service);
        return form(model, form, false);
    }

    @PostMapping("/new")
    @PreAuthorize(EDITORS)
    String create(@ModelAttribute("form") RequirementForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        List<FieldProblem> typing = new ArrayList<>();
        ServiceRequirementCommand command = form.command(typing);
        if (binding.hasErrors()) {
            return form(model, form, false);
        }
        try {
            if (!typing.isEmpty()) {
                throw new InvalidInputException(typing);
            }
            long id = requirements.create(command).id();
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/catalog/requirements/" + id;
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
            return form(model, form, false);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(EDITORS)
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("id", id);
        return form(model, RequirementForm.of(requirements.get(id)), true);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(EDITORS)
    String edit(@PathVariable long id, @ModelAttribute("form") RequirementForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        List<FieldProblem> typing = new ArrayList<>();
        ServiceRequirementCommand command = form.command(typing);
        if (binding.hasErrors()) {
            model.addAttribute("id", id);
            return form(model, form, true);
        }
        try {
            if (!typing.isEmpty()) {
                throw new InvalidInputException(typing);
            }
            requirements.update(id, command);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/catalog/requirements/" + id;
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
        } catch (ConcurrentChangeException stale) {
            FormErrors.reject(binding, stale);
        }
        model.addAttribute("id", id);
        return form(model, form, true);
    }

    private String form(Model model, RequirementForm form, boolean editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("customers", customers());
        model.addAttribute("services", catalog.list());
        model.addAttribute("calendarList", calendars.list());
        return "catalog/requirement-form";
    }

    private List<io.serval.identity.OrganisationView> customers() {
        return identity.organisations().stream().filter(o -> o.kind() == OrganisationKind.CUSTOMER).toList();
    }
}
