package io.serval.catalog.internal;

import io.serval.core.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A published catalog: the active services at publication, as a JSON snapshot; created by/at = published. */
@Entity
@Table(name = "catalog_version")
public class CatalogVersion extends AuditedEntity {

    @Column(name = "version_no", nullable = false, updatable = false)
    private int number;

    @Column(updatable = false)
    private String note;

    @Column(name = "service_count", nullable = false, updatable = false)
    private int serviceCount;

    @Column(nullable = false, updatable = false)
    private String snapshot;

    protected CatalogVersion() {
    }

    public CatalogVersion(int number, String note, int serviceCount, String snapshot) {
        this.number = number;
        this.note = note;
        this.serviceCount = serviceCount;
        this.snapshot = snapshot;
    }

    public int getNumber() {
        return number;
    }

    public String getNote() {
        return note;
    }

    public int getServiceCount() {
        return serviceCount;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
