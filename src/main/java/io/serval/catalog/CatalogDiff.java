package io.serval.catalog;

import java.util.List;

/**
 * What changed from catalog version {@code previous} to {@code version}: services added, removed (retired or
 * no longer offered) and changed field by field. {@code previous} is null for the first version (everything
 * is added); {@code version} is null for the changes not yet published.
 */
public record CatalogDiff(Integer version, Integer previous, List<ServiceView> added, List<ServiceView> removed,
        List<ServiceChange> changed) {

    /** A service in both versions whose fields differ. */
    public record ServiceChange(String code, String name, List<FieldChange> fields) {
    }

    /**
     * One changed field: {@code field} is the property ({@code nameZh}, {@code components}, …) or a package's
     * property ({@code packages[PREMIUM].calendar}; a package added or removed is {@code packages[PREMIUM]}).
     */
    public record FieldChange(String field, String before, String after) {
    }

    public boolean empty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
