package io.serval.catalog.internal;

import io.serval.catalog.PackageView;
import io.serval.catalog.ServiceStatus;
import io.serval.core.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** A service of the catalog (named so as not to clash with Spring's {@code @Service}). */
@Entity
@Table(name = "catalog_service")
public class CatalogEntry extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "description_zh")
    private String descriptionZh;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(nullable = false)
    private String owner;

    @Column(name = "delivery_notes")
    private String deliveryNotes;

    @Column(name = "calendar_code", nullable = false)
    private String calendar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceStatus status;

    @Column(nullable = false)
    private boolean critical;

    @ElementCollection
    @CollectionTable(name = "catalog_service_component", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "component", nullable = false)
    @BatchSize(size = 50)
    private List<String> components = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "catalog_service_package", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "sort_order")
    @BatchSize(size = 50)
    private List<StoredPackage> packages = new ArrayList<>();

    protected CatalogEntry() {
    }

    public CatalogEntry(String code) {
        this.code = code;
    }

    /** Replaces everything but the code with values already validated. */
    public void describe(String nameZh, String nameEn, String descriptionZh, String descriptionEn, String owner,
            List<String> components, String deliveryNotes, String calendar, ServiceStatus status,
            List<PackageView> packages) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
        this.owner = owner;
        this.deliveryNotes = deliveryNotes;
        this.calendar = calendar;
        this.status = status;
        if (!this.components.equals(components)) {
            this.components.clear();
            this.components.addAll(components);
        }
        List<StoredPackage> stored = packages.stream()
                .map(p -> new StoredPackage(p.code(), p.nameZh(), p.nameEn(), p.calendar(), p.description())).toList();
        if (!this.packages.equals(stored)) {
            this.packages.clear();
            this.packages.addAll(stored);
        }
    }

    /** A critical service: a P1 on it is a major incident. */
    public void markCritical(boolean critical) {
        this.critical = critical;
    }

    public boolean isCritical() {
        return critical;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getOwner() {
        return owner;
    }

    public String getDeliveryNotes() {
        return deliveryNotes;
    }

    public String getCalendar() {
        return calendar;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public List<String> componentList() {
        return List.copyOf(components);
    }

    public List<PackageView> packageList() {
        return packages.stream().map(p -> new PackageView(p.code, p.nameZh, p.nameEn, p.calendar, p.description)).toList();
    }

    @Embeddable
    static class StoredPackage {

        @Column(nullable = false)
        String code;

        @Column(name = "name_zh")
        String nameZh;

        @Column(name = "name_en")
        String nameEn;

        @Column(name = "calendar_code", nullable = false)
        String calendar;

        String description;

        protected StoredPackage() {
        }

        StoredPackage(String code, String nameZh, String nameEn, String calendar, String description) {
            this.code = code;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            this.calendar = calendar;
            this.description = description;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StoredPackage p && java.util.Objects.equals(code, p.code)
                    && java.util.Objects.equals(nameZh, p.nameZh) && java.util.Objects.equals(nameEn, p.nameEn)
                    && java.util.Objects.equals(calendar, p.calendar)
                    && java.util.Objects.equals(description, p.description);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(code, nameZh, nameEn, calendar, description);
        }
    }
}
