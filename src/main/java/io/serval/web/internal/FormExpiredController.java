package io.serval.web.internal;

import io.serval.web.PageAccessDenied;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page for a form sent with a stale CSRF token: says the form expired, and keeps what was typed. A user who is
 * still logged in sends it again with a fresh token; one whose session ended sees the values to copy after
 * logging in again. Passwords are never echoed.
 */
@Controller
class FormExpiredController {

    @RequestMapping(PageAccessDenied.FORM_EXPIRED)
    String expired(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String action = uri == null ? null : uri.toString().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query);
        model.addAttribute("action", action);
        model.addAttribute("fields", kept(request.getParameterMap()));
        model.addAttribute("loggedIn", loggedIn());
        model.addAttribute("files", request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/"));
        model.addAttribute("back", LanguageController.backTo(request.getHeader("Referer"), request.getContextPath()));
        return "error/form-expired";
    }

    /** One entry per value, in the order sent, without the stale token and passwords. */
    static List<Map.Entry<String, String>> kept(Map<String, String[]> parameters) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.toLowerCase(Locale.ROOT).contains("password")) {
                for (String value : values) {
                    fields.add(Map.entry(name, value));
                }
            }
        });
        return fields;
    }

    private static boolean loggedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
