package io.serval.catalog;

import java.time.Instant;
import java.util.List;

/** A published catalog version with the services as they were published (names in the reader's language). */
public record CatalogVersionView(int number, String note, String publishedBy, Instant publishedAt,
        List<ServiceView> services) {
}
