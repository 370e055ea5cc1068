package io.serval.catalog.internal;

import io.serval.catalog.PackageView;
import java.util.List;

/** A service as written into a catalog snapshot: language-neutral, with the record version it had. */
public record PublishedService(String code, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
        String owner, List<String> components, String deliveryNotes, String calendar, String status,
        List<PackageView> packages, long version, boolean critical) {

    public PublishedService {
        components = components == null ? List.of() : List.copyOf(components);
        packages = packages == null ? List.of() : List.copyOf(packages);
    }

    public static PublishedService of(CatalogEntry e) {
        return new PublishedService(e.getCode(), e.getNameZh(), e.getNameEn(), e.getDescriptionZh(),
                e.getDescriptionEn(), e.getOwner(), e.componentList(), e.getDeliveryNotes(), e.getCalendar(),
                e.getStatus().name(), e.packageList(), e.getVersion(), e.isCritical());
    }
}
