package io.serval.identity.internal;

import io.serval.identity.CurrentUser;
import io.serval.identity.IdentityService;
import io.serval.identity.ServalPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The page language: what the user chose in this session, else what they chose last time (stored on their
 * user record and read with it at login, so no extra query per request), else the browser's preference between zh-CN and en (Chinese when it states none, English for
 * API clients that state none).
 */
@Component("localeResolver")
class UserLanguageLocaleResolver implements LocaleResolver {

    static final String SESSION_ATTRIBUTE = UserLanguageLocaleResolver.class.getName() + ".LOCALE";
    private static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
    private final CurrentUser currentUser;
    private final IdentityService identity;

    UserLanguageLocaleResolver(CurrentUser currentUser, IdentityService identity) {
        this.currentUser = currentUser;
        this.identity = identity;
        browser.setSupportedLocales(SUPPORTED);
        browser.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        return currentUser.principal()
                .map(ServalPrincipal::getLanguage)
                .map(Locale::forLanguageTag)
                .map(locale -> {
                    if (session != null) {
                        session.setAttribute(SESSION_ATTRIBUTE, locale);
                    }
                    return locale;
                })
                .orElseGet(() -> fromBrowser(request));
    }

    /** Pages default to Chinese; API clients that state no language get English. */
    private Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return Locale.ENGLISH;
        }
        return browser.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale supported = supported(locale);
        request.getSession().setAttribute(SESSION_ATTRIBUTE, supported);
        currentUser.principal().ifPresent(p -> identity.chooseLanguage(p.getUsername(), supported.toLanguageTag()));
    }

    static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
