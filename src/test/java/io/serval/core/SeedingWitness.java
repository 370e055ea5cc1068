package io.serval.core;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A seed of the test context that notes, the first time seeding runs, whether the web server already listened
 * (its port is published once it does) and what the readiness state was.
 */
@Component
@Profile("test")
class SeedingWitness implements SeedData {

    record Seen(String serverPort, ReadinessState readiness) {
    }

    private static volatile Seen first;

    private final Environment environment;
    private final ApplicationAvailability availability;

    SeedingWitness(Environment environment, ApplicationAvailability availability) {
        this.environment = environment;
        this.availability = availability;
    }

    static Seen firstSeed() {
        return first;
    }

    @Override
    public void seed() {
        if (first == null) {
            first = new Seen(environment.getProperty("local.server.port"), availability.getReadinessState());
        }
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE;
    }
}
