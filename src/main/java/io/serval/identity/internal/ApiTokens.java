package io.serval.identity.internal;

import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.LocalizedText;
import io.serval.core.NotFoundException;
import io.serval.identity.ApiTokenView;
import io.serval.identity.OrganisationKind;
import io.serval.identity.Role;
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
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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
     * The owner of a valid token (not expired, not revoked) as they are now (roles, organisation), if they are
     * enabled: token, owner, organisation and roles in one statement, as every API request with a token makes it;
     * notes when the token was used, at most once a minute.
     */
    public Optional<ServalPrincipal> principal(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        record Owner(long id, String username, String displayName, String passwordHash, boolean enabled,
                String language, long credentialsVersion, long organisationId, String organisationCode,
                LocalizedText organisationName, OrganisationKind organisationKind) {
        }
        record Row(long tokenId, Instant lastUsed, Owner owner, String role) {
        }
        List<Row> rows = jdbc.sql("""
                select t.id, t.last_used_at, u.id, u.username, u.display_name, u.password_hash, u.enabled, u.language,
                       u.credentials_version, o.id, o.code, o.name_zh, o.name_en, o.kind, r.role
                from api_token t
                join app_user u on u.username = t.username
                join organisation o on o.id = u.organisation_id
                left join app_user_role r on r.user_id = u.id
                where t.token_hash = ? and t.revoked_at is null and t.expires_at > ?""")
                .params(hash(token), Timestamp.from(now))
                .query((rs, row) -> new Row(rs.getLong(1), instant(rs.getTimestamp(2)),
                        new Owner(rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                                rs.getString(8), rs.getLong(9), rs.getLong(10), rs.getString(11),
                                new LocalizedText(rs.getString(12), rs.getString(13)),
                                OrganisationKind.valueOf(rs.getString(14))),
                        rs.getString(15)))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.get(0);
        if (first.lastUsed() == null || first.lastUsed().isBefore(now.minusSeconds(60))) {
            jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamp.from(now), first.tokenId()).update();
        }
        Set<Role> roles = rows.stream().map(Row::role).filter(Objects::nonNull).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Owner o = first.owner();
        return Optional.of(new ServalPrincipal(o.id(), o.username(), o.displayName(), o.passwordHash(), o.enabled(),
                o.organisationId(), o.organisationCode(), o.organisationName(), o.organisationKind(), roles,
                o.language(), o.credentialsVersion())).filter(ServalPrincipal::isEnabled);
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
