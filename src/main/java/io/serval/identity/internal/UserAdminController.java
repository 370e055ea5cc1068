package io.serval.identity.internal;

import io.serval.core.ConcurrentChangeException;
import io.serval.core.InvalidInputException;
import io.serval.identity.IdentityService;
import io.serval.identity.Role;
import io.serval.identity.UserFilter;
import io.serval.web.FormErrors;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

/** User administration: list with filters, create, edit roles and organisation, reset password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final Set<String> SORTABLE = Set.of("username", "displayName");

    private final IdentityService identity;

    UserAdminController(IdentityService identity) {
        this.identity = identity;
    }

    @ModelAttribute("allRoles")
    Role[] roles() {
        return Role.values();
    }

    @ModelAttribute("languages")
    Set<String> languages() {
        return UserEditor.LANGUAGES;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "username") String sort, Model model) {
        String sortBy = SORTABLE.contains(sort) ? sort : "username";
        model.addAttribute("users", identity.users(new UserFilter(q, organisation, role),
                PageRequest.of(Math.max(page, 0), 25, Sort.by(sortBy))));
        model.addAttribute("organisations", identity.organisations());
        model.addAttribute("q", q);
        model.addAttribute("organisation", organisation);
        model.addAttribute("role", role);
        model.addAttribute("sort", sortBy);
        return "identity/users";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, new UserForm(), false);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") UserForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            identity.createUser(form.command());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/users";
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
            return form(model, form, false);
        }
    }

    @GetMapping("/{username}/edit")
    String edit(@PathVariable String username, Model model) {
        return form(model, UserForm.of(identity.user(username)), true);
    }

    @PostMapping("/{username}/edit")
    String edit(@PathVariable String username, @ModelAttribute("form") UserForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        form.setUsername(username);
        try {
            identity.updateUser(username, form.command());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/users";
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
        } catch (ConcurrentChangeException stale) {
            binding.reject("error.concurrentChange", stale.getMessage());
        }
        return form(model, form, true);
    }

    private String form(Model model, UserForm form, boolean editing) {
        form.setPassword(null);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("organisations", identity.organisations());
        return "identity/user-form";
    }
}
