package io.serval.identity.internal;

import io.serval.audit.AuditAction;
import io.serval.audit.AuditTrail;
import io.serval.core.RoleSets;
import io.serval.identity.internal.LoginLock.Kind;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per user name and per client address in the database, so that every node sees the
 * same counts, and locks a name or address that reaches its limit within the window. Locking and unlocking
 * are written to the audit log as the creation and deletion of a "LoginLock".
 */
@Service
class LoginThrottle {

    static final String AUDIT_TYPE = "LoginLock";
    private static final int MAX_SUBJECT = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoginProperties limits;
    private final AuditTrail audit;

    LoginThrottle(JdbcClient jdbc, Clock clock, LoginProperties limits, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
        this.audit = audit;
    }

    /**
     * Refuses a login attempt for a locked name or address before its password is even checked.
     *
     * @return whether the user name has failures to forget once the login succeeds
     * @throws LoginLockedException when the name or the address is locked
     */
    @Transactional(readOnly = true)
    public boolean check(String username, String address) {
        Instant now = clock.instant();
        List<LoginLock> rows = jdbc.sql("""
                        select kind, subject, failures, locked_until from login_throttle
                        where (kind = 'USER' and subject = :user) or (kind = 'ADDRESS' and subject = :address)
                        """)
                .param("user", normalised(username)).param("address", address)
                .query(LoginThrottle::lock).list();
        rows.stream().map(LoginLock::lockedUntil).filter(until -> until != null && until.isAfter(now))
                .max(Instant::compareTo).ifPresent(until -> {
                    throw new LoginLockedException(until);
                });
        return rows.stream().anyMatch(r -> r.kind() == Kind.USER);
    }

    /** Counts a wrong password (forgetting those older than the window); when it reaches a limit, locks and answers until when. */
    @Transactional
    public Optional<Instant> failed(String username, String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from login_throttle where window_start <= :floor and (locked_until is null or locked_until <= :now)")
                .param("floor", utc(now.minus(limits.failureWindow()))).param("now", utc(now)).update();
        Optional<Instant> byUser = count(Kind.USER, normalised(username), limits.maxFailuresPerUser(), now);
        Optional<Instant> byAddress = address == null ? Optional.empty()
                : count(Kind.ADDRESS, address, limits.maxFailuresPerAddress(), now);
        return byUser.isPresent() ? byUser : byAddress;
    }

    /** A right password forgets the user name's failures (not the address's: one success does not excuse a spray). */
    @Transactional
    public void succeeded(String username) {
        jdbc.sql("delete from login_throttle where kind = 'USER' and subject = :user and (locked_until is null or locked_until <= :now)")
                .param("user", normalised(username)).param("now", utc(clock.instant())).update();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(RoleSets.ADMINISTRATORS)
    public List<LoginLock> locks() {
        return jdbc.sql("select kind, subject, failures, locked_until from login_throttle where locked_until > :now order by kind desc, subject")
                .param("now", utc(clock.instant())).query(LoginThrottle::lock).list();
    }

    /** Lifts a lock before it expires; answers false when there was none. */
    @Transactional
    @PreAuthorize(RoleSets.ADMINISTRATORS)
    public boolean unlock(Kind kind, String subject) {
        String key = kind == Kind.USER ? normalised(subject) : subject;
        Optional<LoginLock> lock = locks().stream().filter(l -> l.kind() == kind && l.subject().equals(key)).findFirst();
        jdbc.sql("delete from login_throttle where kind = :kind and subject = :subject")
                .param("kind", kind.name()).param("subject", key).update();
        lock.ifPresent(lifted -> audit.record(AUDIT_TYPE, auditKey(lifted), AuditAction.DELETE, lifted, null));
        return lock.isPresent();
    }

    private Optional<Instant> count(Kind kind, String subject, int limit, Instant now) {
        jdbc.sql("insert into login_throttle (kind, subject, failures, window_start) values (:kind, :subject, 0, :now) on conflict do nothing")
                .param("kind", kind.name()).param("subject", subject).param("now", utc(now)).update();
        jdbc.sql("update login_throttle set failures = failures + 1 where kind = :kind and subject = :subject")
                .param("kind", kind.name()).param("subject", subject).update();
        Instant until = now.plus(limits.lockDuration());
        int locked = jdbc.sql("""
                        update login_throttle set locked_until = :until
                        where kind = :kind and subject = :subject and failures >= :limit
                          and (locked_until is null or locked_until <= :now)
                        """)
                .param("until", utc(until)).param("kind", kind.name()).param("subject", subject)
                .param("limit", limit).param("now", utc(now)).update();
        if (locked == 0) {
            return Optional.empty();
        }
        LoginLock lock = new LoginLock(kind, subject, limit, until);
        audit.record(AUDIT_TYPE, auditKey(lock), AuditAction.CREATE, null, lock);
        return Optional.of(until);
    }

    private static String auditKey(LoginLock lock) {
        return lock.kind().name().toLowerCase(Locale.ROOT) + ":" + lock.subject();
    }

    /**
     * User names are lower-case, so "Admin" counts as "admin" (else an attacker's tries would double); a name
     * longer than any real one is cut to the column's size rather than failing the login with an error.
     */
    private static String normalised(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() <= MAX_SUBJECT ? name : name.substring(0, MAX_SUBJECT);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static LoginLock lock(java.sql.ResultSet row, int index) throws java.sql.SQLException {
        OffsetDateTime until = row.getObject("locked_until", OffsetDateTime.class);
        return new LoginLock(Kind.valueOf(row.getString("kind")), row.getString("subject"), row.getInt("failures"),
                until == null ? null : until.toInstant());
    }
}
