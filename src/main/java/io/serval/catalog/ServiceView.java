package io.serval.catalog;

import io.serval.core.LocalizedText;
import java.util.List;

/**
 * A catalog service as the API and other modules see it. {@code name} is the name in the current user's
 * language (Chinese for zh, English otherwise, falling back to the other); {@code calendar} is the code of the
 * business calendar of its service hours; {@code status} is ACTIVE or RETIRED; {@code version} the record's
 * version for optimistic locking; {@code critical} when a P1 on it is a major incident.
 */
public record ServiceView(String code, String name, String nameZh, String nameEn, String descriptionZh,
        String descriptionEn, String owner, List<String> components, String deliveryNotes, String calendar,
        String status, List<PackageView> packages, long version, boolean critical) {

    public ServiceView {
        components = components == null ? List.of() : List.copyOf(components);
        packages = packages == null ? List.of() : List.copyOf(packages);
    }

    /** The description in the current user's language (falls back to the other language). */
    public String description() {
        return new LocalizedText(descriptionZh, descriptionEn).inCurrentLanguage();
    }

    public boolean active() {
        return ServiceStatus.ACTIVE.name().equals(status);
    }
}
