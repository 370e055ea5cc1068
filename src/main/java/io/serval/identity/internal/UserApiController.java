package io.serval.identity.internal;

import io.serval.identity.IdentityService;
import io.serval.identity.Role;
import io.serval.identity.UserCommand;
import io.serval.identity.UserFilter;
import io.serval.identity.UserView;
import io.serval.web.ListQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Users: customers and providers see only their own organisation's; administrators change them. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Identity")
class UserApiController {

    private final IdentityService identity;

    UserApiController(IdentityService identity) {
        this.identity = identity;
    }

    @Operation(summary = "The users you may see, a page at a time; q searches user name, name and e-mail",
            description = "sort: username (default), displayName, enabled")
    @GetMapping
    PagedModel<UserView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) Role role,
            @Parameter(description = "true: only users who may log in; false: only those who may not")
            @RequestParam(required = false) Boolean enabled, ListQuery list) {
        return new PagedModel<>(IdentityLists.users(identity, new UserFilter(q, organisation, role, enabled),
                IdentityLists.userOrder(list)));
    }

    @GetMapping("/{username}")
    UserView get(@PathVariable String username) {
        return identity.user(username);
    }

    @PostMapping
    ResponseEntity<UserView> create(@RequestBody UserCommand command) {
        UserView created = identity.createUser(command);
        return ResponseEntity.created(URI.create("/api/users/" + created.username())).body(created);
    }

    /** Send back the {@code version} you read; a stale one answers 409. A blank password keeps the old one. */
    @PutMapping("/{username}")
    UserView update(@PathVariable String username, @RequestBody UserCommand command) {
        return identity.updateUser(username, command);
    }
}
