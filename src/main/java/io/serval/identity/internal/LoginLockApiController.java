package io.serval.identity.internal;

import io.serval.core.NotFoundException;
import io.serval.identity.internal.LoginLock.Kind;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators see which user names and client addresses are locked after failed logins, and lift a lock. */
@RestController
@RequestMapping("/api/login-locks")
@Tag(name = "Identity")
class LoginLockApiController {

    private final LoginThrottle throttle;

    LoginLockApiController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping
    List<LoginLock> list() {
        return throttle.locks();
    }

    @DeleteMapping("/users/{username}")
    ResponseEntity<Void> unlockUser(@PathVariable String username) {
        return unlock(Kind.USER, username);
    }

    @DeleteMapping("/addresses/{address}")
    ResponseEntity<Void> unlockAddress(@PathVariable String address) {
        return unlock(Kind.ADDRESS, address);
    }

    private ResponseEntity<Void> unlock(Kind kind, String subject) {
        if (!throttle.unlock(kind, subject)) {
            throw new NotFoundException("Login lock", subject);
        }
        return ResponseEntity.noContent().build();
    }
}
