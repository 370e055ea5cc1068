package io.serval.identity.internal;

import io.serval.core.SystemActor;
import io.serval.identity.ApiTokenView;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own API tokens: create (the token is in the answer, once), list, revoke. */
@RestController
@RequestMapping("/api/me/tokens")
@Tag(name = "API tokens", description = "Personal tokens for Authorization: Bearer")
class ApiTokenApiController {

    record NewToken(String name, Integer days) {
    }

    private final ApiTokens tokens;

    ApiTokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<ApiTokenView> create(@RequestBody NewToken request) {
        ApiTokenView created = tokens.issue(SystemActor.current(), request.name(), request.days());
        return ResponseEntity.created(URI.create("/api/me/tokens/" + created.id())).body(created);
    }

    @GetMapping
    List<ApiTokenView> list() {
        return tokens.of(SystemActor.current());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(SystemActor.current(), id);
        return ResponseEntity.noContent().build();
    }
}
