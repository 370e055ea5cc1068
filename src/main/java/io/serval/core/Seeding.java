package io.serval.core;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Runs every module's {@link SeedData} in order at start-up, acting as the user "system". */
@Component
@Order(0)
public class Seeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Seeding.class);

    private final List<SeedData> seeds;

    public Seeding(List<SeedData> seeds) {
        this.seeds = seeds.stream().sorted(java.util.Comparator.comparingInt(SeedData::getOrder)).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        seedAll();
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
