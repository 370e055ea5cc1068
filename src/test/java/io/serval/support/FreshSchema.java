package io.serval.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Every test run starts from an empty schema: whatever an earlier run (or an older branch) left in the shared
 * PostgreSQL database is cleaned before the migrations run.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class FreshSchema {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
