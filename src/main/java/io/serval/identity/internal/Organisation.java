package io.serval.identity.internal;

import io.serval.core.AuditedEntity;
import io.serval.identity.OrganisationKind;
import io.serval.identity.OrganisationView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "organisation")
public class Organisation extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    protected Organisation() {
    }

    public Organisation(String code, String name, OrganisationKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public void describe(String name, OrganisationKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public OrganisationView view() {
        return new OrganisationView(getId(), code, name, kind, getVersion());
    }
}
