package io.serval.identity.internal;

import io.serval.identity.CurrentUser;
import io.serval.identity.IdentityService;
import io.serval.identity.Role;
import io.serval.identity.ServalPrincipal;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me")
@Tag(name = "Identity")
class MeApiController {

    record Me(String username, String displayName, List<Role> roles, String organisation, String organisationKind,
            String language) {
    }

    record LanguageChoice(String language) {
    }

    private final CurrentUser currentUser;
    private final IdentityService identity;
    private final UserLanguageLocaleResolver locales;

    MeApiController(CurrentUser currentUser, IdentityService identity, UserLanguageLocaleResolver locales) {
        this.currentUser = currentUser;
        this.identity = identity;
        this.locales = locales;
    }

    /** Who is calling: roles, organisation and language (chosen, or else the browser's). */
    @GetMapping
    Me me(HttpServletRequest request) {
        ServalPrincipal p = currentUser.principal().orElseThrow();
        Locale locale = locales.resolveLocale(request);
        return new Me(p.getUsername(), p.getDisplayName(), p.getRoles().stream().sorted().toList(),
                p.getOrganisationCode(), p.getOrganisationKind().name(),
                UserLanguageLocaleResolver.supported(locale).toLanguageTag());
    }

    @PutMapping("/language")
    ResponseEntity<Void> chooseLanguage(@RequestBody LanguageChoice choice) {
        identity.chooseLanguage(currentUser.principal().orElseThrow().getUsername(), choice.language());
        return ResponseEntity.noContent().build();
    }
}
