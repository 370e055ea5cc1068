package io.serval.catalog;

/** Whether a service is offered: only active services are published in the catalog. */
public enum ServiceStatus {
    ACTIVE,
    RETIRED
}
