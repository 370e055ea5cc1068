package io.serval.catalog;

import java.time.Instant;

/** A published version of the catalog: its number, the publisher's note, how many services, who and when. */
public record CatalogVersionSummary(int number, String note, int services, String publishedBy, Instant publishedAt) {
}
