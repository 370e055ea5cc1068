package io.serval.core;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs every module's {@link SeedData} in order at start-up, acting as the user "system", before the web server
 * accepts its first request: nobody can log in to a half-seeded Serval, and the readiness probe only reports
 * ready after it. (An {@code ApplicationRunner} would run after the server already answers.)
 */
@Component
public class Seeding implements SmartLifecycle {

    /** Lifecycle phases start in ascending order; the web server starts at SMART_LIFECYCLE_PHASE - 1024. */
    static final int BEFORE_WEB_SERVER = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

    private static final Logger log = LoggerFactory.getLogger(Seeding.class);

    private final List<SeedData> seeds;
    private volatile boolean done;

    public Seeding(List<SeedData> seeds) {
        this.seeds = seeds.stream().sorted(Comparator.comparingInt(SeedData::getOrder)).toList();
    }

    @Override
    public void start() {
        seedAll();
        done = true;
    }

    @Override
    public void stop() {
        done = false;
    }

    @Override
    public boolean isRunning() {
        return done;
    }

    @Override
    public int getPhase() {
        return BEFORE_WEB_SERVER;
    }

    public void seedAll() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                SystemActor.NAME, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            for (SeedData seed : seeds) {
                log.debug("Seeding {}", seed.getClass().getSimpleName());
                seed.seed();
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
