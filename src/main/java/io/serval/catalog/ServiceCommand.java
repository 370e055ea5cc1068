package io.serval.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A service as entered: texts as typed, so that every field can be validated and reported by name
 * ({@code packages[1].calendar}). {@code status} defaults to ACTIVE; {@code version} is the version the editor
 * read (required to detect concurrent changes on update). A {@link ServiceView} read from the API can be sent
 * back as it is. {@code critical}: a P1 on the service is a major incident (on update, null keeps it as it was).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceCommand(String code, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
        String owner, List<String> components, String deliveryNotes, String calendar, String status,
        List<PackageView> packages, Long version, Boolean critical) {

    public ServiceCommand {
        components = components == null ? List.of() : new java.util.ArrayList<>(components);
        packages = packages == null ? List.of() : new java.util.ArrayList<>(packages);
    }

    /** A service that is not critical (or, on update, stays as critical as it was). */
    public ServiceCommand(String code, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
            String owner, List<String> components, String deliveryNotes, String calendar, String status,
            List<PackageView> packages, Long version) {
        this(code, nameZh, nameEn, descriptionZh, descriptionEn, owner, components, deliveryNotes, calendar, status,
                packages, version, null);
    }

    /** The same service, marked critical: a P1 on it is a major incident. */
    public ServiceCommand markedCritical() {
        return new ServiceCommand(code, nameZh, nameEn, descriptionZh, descriptionEn, owner, components, deliveryNotes,
                calendar, status, packages, version, true);
    }
}
