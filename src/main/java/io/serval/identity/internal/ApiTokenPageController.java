package io.serval.identity.internal;

import io.serval.core.InvalidInputException;
import io.serval.core.NotFoundException;
import io.serval.core.SystemActor;
import io.serval.identity.ApiTokenView;
import io.serval.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My API tokens": create one (shown once), see them, revoke them. */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenPageController {

    /** The form: a name and how many days the token lives. */
    static class TokenForm {

        private String name;
        private Integer days = 90;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getDays() {
            return days;
        }

        public void setDays(Integer days) {
            this.days = days;
        }
    }

    private final ApiTokens tokens;

    ApiTokenPageController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TokenForm());
        }
        model.addAttribute("tokens", tokens.of(SystemActor.current()));
        return "identity/tokens";
    }

    @PostMapping
    String create(@ModelAttribute("form") TokenForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            ApiTokenView created = tokens.issue(SystemActor.current(), form.getName(), form.getDays());
            redirect.addFlashAttribute("created", created);
            return "redirect:/account/tokens";
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
            return list(model);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        try {
            tokens.revoke(SystemActor.current(), id);
        } catch (NotFoundException unknown) {
            // revoked elsewhere meanwhile, or not the caller's: the list shows what is true now
        }
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/account/tokens";
    }
}
