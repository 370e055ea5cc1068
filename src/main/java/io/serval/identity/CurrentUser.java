package io.serval.identity;

import io.serval.core.RoleSets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request, and the organisation scope their queries must apply. */
@Component
public class CurrentUser {

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

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

    /** Whether the logged-in user belongs to the {@link RoleSets} set of that name (templates: {@code @currentUser.isIn('STAFF')}). */
    public boolean isIn(String roleSetName) {
        return satisfies(RoleSets.named(roleSetName));
    }

    /** Whether the logged-in user belongs to a role set ({@code RoleSets.AGREEMENT_DRAFTERS}); never someone anonymous. */
    public boolean satisfies(String roleSet) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return false;
        }
        Expression expression = parsed.computeIfAbsent(roleSet, PARSER::parseExpression);
        return Boolean.TRUE.equals(expression.getValue(new StandardEvaluationContext(new Root(auth)), Boolean.class));
    }

    private static final class Root extends SecurityExpressionRoot<Object> {

        Root(Authentication authentication) {
            super(() -> authentication, null);
        }
    }
}
