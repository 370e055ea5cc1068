package io.serval.identity.internal;

import io.serval.core.ConcurrentChangeException;
import io.serval.core.InvalidInputException;
import io.serval.identity.IdentityService;
import io.serval.identity.Role;
import io.serval.identity.UserFilter;
import io.serval.web.FormErrors;
import io.serval.web.ListQuery;
import java.util.Set;
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

    private final IdentityService identity;
    private final LoginThrottle throttle;

    UserAdminController(IdentityService identity, LoginThrottle throttle) {
        this.identity = identity;
        this.throttle = throttle;
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
            @RequestParam(required = false) Role role, @RequestParam(required = false) Boolean enabled, ListQuery list,
            Model model) {
        ListQuery shown = IdentityLists.userOrder(list);
        model.addAttribute("users", IdentityLists.users(identity, new UserFilter(q, organisation, role, enabled), shown));
        model.addAttribute("list", shown);
        model.addAttribute("organisations", identity.organisations());
        model.addAttribute("q", q);
        model.addAttribute("organisation", organisation);
        model.addAttribute("role", role);
        model.addAttribute("enabled", enabled);
        model.addAttribute("locks", LoginLocks.of(throttle.locks()));
        return "identity/users";
    }

    /** Lifts the lock on a user name ({@code kind=USER}) or a client address ({@code kind=ADDRESS}). */
    @PostMapping("/unlock")
    String unlock(@RequestParam LoginLock.Kind kind, @RequestParam String subject, RedirectAttributes redirect) {
        throttle.unlock(kind, subject);
        redirect.addFlashAttribute("flash", "user.unlocked");
        return "redirect:/admin/users";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, new UserForm(), false);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") UserForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) { // a role or value that is not one of the choices
            return form(model, form, false);
        }
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
        if (binding.hasErrors()) {
            return form(model, form, true);
        }
        try {
            identity.updateUser(username, form.command());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/users";
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
        } catch (ConcurrentChangeException stale) {
            FormErrors.reject(binding, stale);
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
