package io.serval.core;

/** How Serval runs: with demo data on any database, or as production (no demo data, no defaults). */
public enum ServalMode {
    DEMO,
    PRODUCTION
}
