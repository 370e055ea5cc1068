package io.serval.core;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The name recorded as author of a change: the logged-in user, or "system" for start-up and jobs. */
public final class SystemActor {

    public static final String NAME = "system";

    private SystemActor() {
    }

    public static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? NAME : auth.getName();
    }
}
