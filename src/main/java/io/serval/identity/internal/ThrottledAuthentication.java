package io.serval.identity.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login (the form and HTTP Basic alike) behind the login throttle: a locked user name or client address
 * is refused before its password is checked, a wrong password is counted, a right one forgets the name's count.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        boolean hadFailures = throttle.check(username, address);
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            Optional<Instant> locked = throttle.failed(username, address);
            if (locked.isPresent()) {
                throw new LoginLockedException(locked.get());
            }
            throw wrong;
        }
        if (hadFailures) {
            throttle.succeeded(username);
        }
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
