package io.serval.identity.internal;

import io.serval.identity.OrganisationCommand;
import io.serval.identity.OrganisationKind;
import io.serval.identity.OrganisationView;

/** The organisation form's fields. */
public class OrganisationForm {

    private String code;
    private String nameZh;
    private String nameEn;
    private OrganisationKind kind = OrganisationKind.CUSTOMER;
    private Long version;

    static OrganisationForm of(OrganisationView view) {
        OrganisationForm form = new OrganisationForm();
        form.code = view.code();
        form.nameZh = view.nameZh();
        form.nameEn = view.nameEn();
        form.kind = view.kind();
        form.version = view.version();
        return form;
    }

    OrganisationCommand command() {
        return new OrganisationCommand(code == null ? null : code.trim(), null, nameZh, nameEn, kind, version);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
