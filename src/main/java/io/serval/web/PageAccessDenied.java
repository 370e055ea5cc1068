package io.serval.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Refusals on pages: a form whose CSRF token is missing or stale (the session ended, or the user logged in again
 * in another tab) is not a question of roles, so it gets the "form expired" page that keeps what was typed;
 * every other refusal is the 403 error page.
 */
@Component
public class PageAccessDenied implements AccessDeniedHandler {

    /** Where the expired form is shown; the original request is forwarded there with its parameters. */
    public static final String FORM_EXPIRED = "/form-expired";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException) {
            request.getRequestDispatcher(FORM_EXPIRED).forward(request, response);
        } else {
            response.sendError(HttpStatus.FORBIDDEN.value(), denied.getMessage());
        }
    }
}
