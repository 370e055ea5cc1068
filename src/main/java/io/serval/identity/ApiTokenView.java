package io.serval.identity;

import java.time.Instant;

/** A personal API token as its owner sees it; the token itself is shown once, when it is created. */
public record ApiTokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        Instant revokedAt, String token) {
}
