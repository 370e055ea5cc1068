package io.serval.identity.internal;

import io.serval.core.AuditedEntity;
import io.serval.core.LocalizedText;
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

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    protected Organisation() {
    }

    public Organisation(String code, LocalizedText name, OrganisationKind kind) {
        this.code = code;
        describe(name, kind);
    }

    public void describe(LocalizedText name, OrganisationKind kind) {
        this.nameZh = name.zh();
        this.nameEn = name.en();
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText name() {
        return new LocalizedText(nameZh, nameEn);
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public OrganisationView view() {
        return new OrganisationView(getId(), code, name().inCurrentLanguage(), nameZh, nameEn, kind, getVersion());
    }
}
