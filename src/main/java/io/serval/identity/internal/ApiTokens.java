package io.serval.identity.internal;

import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.NotFoundException;
import io.serval.identity.ApiTokenView;
import io.serval.identity.ServalPrincipal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: 32 random bytes, shown once ("srv_…"), kept only as their SHA-256 (a fast hash is enough
 * for a random secret, unlike a password). A token acts as its owner, with the owner's current roles, until it
 * expires or is revoked; a disabled owner's tokens stop working with them.
 */
@Component
public class ApiTokens {

    static final String PREFIX = "srv_";
    static final int MOST_DAYS = 366;

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, UserAccounts users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public ApiTokenView issue(String username, String name, Integer days) {
        String label = name == null ? "" : name.strip();
        int valid = days == null ? 90 : days;
        List<FieldProblem> problems = new ArrayList<>();
        if (label.isEmpty() || label.length() > 100 || label.contains("\n")) {
            problems.add(FieldProblem.of("name", "token.name.invalid", "name the token (one line, at most 100 characters)"));
        }
        if (valid < 1 || valid > MOST_DAYS) {
            problems.add(FieldProblem.of("days", "token.days.invalid", "a token is valid for 1 to {0} days", MOST_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(valid));
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (username, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(username, label, hash(token), Timestamp.from(now), Timestamp.from(expires)).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        return new ApiTokenView(id, label, now, expires, null, null, token);
    }

    public List<ApiTokenView> of(String username) {
        return jdbc.sql("""
                select id, name, created_at, expires_at, last_used_at, revoked_at from api_token
                where username = ? order by created_at desc, id desc""").param(username)
                .query((rs, row) -> new ApiTokenView(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), null))
                .list();
    }

    @Transactional
    public void revoke(String username, long id) {
        int revoked = jdbc.sql("update api_token set revoked_at = ? where id = ? and username = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), id, username).update();
        if (revoked == 0 && jdbc.sql("select count(*) from api_token where id = ? and username = ?").params(id, username)
                .query(Long.class).single() == 0) {
            throw new NotFoundException("Token", id);
        }
    }

    /**
     * The owner of a valid token as they are now (roles, organisation), if they are enabled: the token's lookup and
     * the owner's in one transaction, as every API request with a token makes them.
     */
    @Transactional
    public Optional<ServalPrincipal> principal(String token) {
        return owner(token).flatMap(users::findByUsername).map(UserAccount::principal).filter(ServalPrincipal::isEnabled);
    }

    /** The owner of a valid token (not expired, not revoked); notes when it was used, at most once a minute. */
    private Optional<String> owner(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String tokenHash = hash(token);
        record Found(long id, String username, Instant lastUsed) {
        }
        Optional<Found> found = jdbc.sql("""
                select id, username, last_used_at from api_token where token_hash = ? and revoked_at is null and expires_at > ?""")
                .params(tokenHash, Timestamp.from(now))
                .query((rs, row) -> new Found(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)))).optional();
        found.filter(f -> f.lastUsed() == null || f.lastUsed().isBefore(now.minusSeconds(60)))
                .ifPresent(f -> jdbc.sql("update api_token set last_used_at = ? where id = ?")
                        .params(Timestamp.from(now), f.id()).update());
        return found.map(Found::username);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
