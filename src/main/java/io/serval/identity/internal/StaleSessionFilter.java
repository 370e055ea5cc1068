package io.serval.identity.internal;

import io.serval.identity.ServalPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A change to a user's status, roles, organisation or password takes effect on their next request, whichever
 * node serves it: every request of a logged-in page session compares the session's credentials version with the
 * database's (one primary-key query). A session that is behind, or whose user was disabled, is ended and sent to
 * the login page with a message; an htmx request is told to send the whole page there.
 */
class StaleSessionFilter extends OncePerRequestFilter {

    static final String LOGIN_AGAIN = "/login?changed";

    private final UserAccounts users;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    StaleSessionFilter(UserAccounts users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ServalPrincipal user && !current(user)) {
            logout.logout(request, response, auth);
            String target = request.getContextPath() + LOGIN_AGAIN;
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", target);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(target);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean current(ServalPrincipal user) {
        Optional<Long> version = users.enabledCredentialsVersion(user.getId());
        return version.isPresent() && version.get() == user.getCredentialsVersion();
    }
}
