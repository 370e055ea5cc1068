package io.serval.identity.internal;

import io.serval.identity.OrganisationCommand;
import io.serval.identity.OrganisationKind;
import io.serval.identity.OrganisationView;

/** The organisation form's fields. */
public class OrganisationForm {

    private String code;
    private String name;
    private OrganisationKind kind = OrganisationKind.CUSTOMER;
    private Long version;

    static OrganisationForm of(OrganisationView view) {
        OrganisationForm form = new OrganisationForm();
        form.code = view.code();
        form.name = view.name();
        form.kind = view.kind();
        form.version = view.version();
        return form;
    }

    OrganisationCommand command() {
        return new OrganisationCommand(code == null ? null : code.trim(), name, kind, version);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
