package io.serval.core;

import org.springframework.core.Ordered;

/**
 * Records a module needs before anyone logs in (built-in calendars, the first administrator, demo data).
 * Every seed must be idempotent: it runs at each start and again after a test wipes the database.
 */
public interface SeedData extends Ordered {

    void seed();
}
