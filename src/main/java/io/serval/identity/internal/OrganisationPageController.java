package io.serval.identity.internal;

import io.serval.core.ConcurrentChangeException;
import io.serval.core.InvalidInputException;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationKind;
import io.serval.web.FormErrors;
import io.serval.web.ListQuery;
import io.serval.identity.OrganisationView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisation pages: everyone browses what their scope allows; administrators create and edit. */
@Controller
class OrganisationPageController {

    private final IdentityService identity;

    OrganisationPageController(IdentityService identity) {
        this.identity = identity;
    }

    @ModelAttribute("kinds")
    OrganisationKind[] kinds() {
        return OrganisationKind.values();
    }

    @GetMapping("/organisations")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) OrganisationKind kind,
            ListQuery list, Model model) {
        ListQuery order = list.sortedBy(ORDERS, "code", false);
        model.addAttribute("organisations", order.page(identity.organisations().stream()
                .filter(o -> kind == null || o.kind() == kind)
                .filter(o -> ListQuery.matches(q, o.code(), o.nameZh(), o.nameEn())).toList(), orders()));
        model.addAttribute("list", order);
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        return "identity/organisations";
    }

    private static final List<String> ORDERS = List.of("code", "name", "kind");

    private static Map<String, Comparator<OrganisationView>> orders() {
        return Map.of("code", Comparator.comparing(OrganisationView::code),
                "name", ListQuery.byText(OrganisationView::name).thenComparing(OrganisationView::code),
                "kind", Comparator.comparing(OrganisationView::kind).thenComparing(OrganisationView::code));
    }

    @GetMapping("/organisations/{code}")
    String detail(@PathVariable String code, Model model) {
        model.addAttribute("organisation", identity.organisation(code));
        model.addAttribute("users", identity.usersOf(code));
        return "identity/organisation";
    }

    @GetMapping("/admin/organisations/new")
    String create(Model model) {
        model.addAttribute("form", new OrganisationForm());
        model.addAttribute("editing", false);
        return "identity/organisation-form";
    }

    @PostMapping("/admin/organisations/new")
    String create(@ModelAttribute("form") OrganisationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) { // a value that is not one of the choices, e.g. kind=NOPE: never a default instead
            model.addAttribute("editing", false);
            return "identity/organisation-form";
        }
        try {
            String code = identity.createOrganisation(form.command()).code();
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/organisations/" + code;
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
            model.addAttribute("editing", false);
            return "identity/organisation-form";
        }
    }

    @GetMapping("/admin/organisations/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("form", OrganisationForm.of(identity.organisation(code)));
        model.addAttribute("editing", true);
        return "identity/organisation-form";
    }

    @PostMapping("/admin/organisations/{code}/edit")
    String edit(@PathVariable String code, @ModelAttribute("form") OrganisationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        form.setCode(code);
        if (binding.hasErrors()) {
            model.addAttribute("editing", true);
            return "identity/organisation-form";
        }
        try {
            identity.updateOrganisation(code, form.command());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/organisations/" + code;
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
        } catch (ConcurrentChangeException stale) {
            FormErrors.reject(binding, stale);
        }
        model.addAttribute("editing", true);
        return "identity/organisation-form";
    }
}
