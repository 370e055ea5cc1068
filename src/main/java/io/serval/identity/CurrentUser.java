package io.serval.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request, and the organisation scope their queries must apply. */
@Component
public class CurrentUser {

    public Optional<ServalPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ServalPrincipal p ? Optional.of(p) : Optional.empty();
    }

    /** Start-up seeding and jobs act as the system, which sees everything. */
    public OrganisationScope scope() {
        return principal().map(ServalPrincipal::scope).orElse(OrganisationScope.all());
    }

    public boolean hasRole(Role role) {
        return principal().map(p -> p.hasRole(role)).orElse(false);
    }
}
