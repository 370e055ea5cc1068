package io.serval.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The language switch: the locale interceptor has already applied {@code ?lang=}; go back to the page the
 * user was on (only a path on this site, never another host).
 */
@Controller
class LanguageController {

    @GetMapping("/language")
    String switchLanguage(HttpServletRequest request) {
        return "redirect:" + backTo(request.getHeader("Referer"), request.getContextPath());
    }

    static String backTo(String referer, String contextPath) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
                path = path.substring(contextPath.length());
            }
            if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/language")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery().replaceAll("(^|&)lang=[^&]*", "");
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
    }
}
