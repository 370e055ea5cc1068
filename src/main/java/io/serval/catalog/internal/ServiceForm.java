package io.serval.catalog.internal;

import io.serval.catalog.PackageView;
import io.serval.catalog.ServiceCommand;
import io.serval.catalog.ServiceView;
import java.util.ArrayList;
import java.util.List;

/** The service form: field paths match {@link ServiceCommand} so that errors land on their inputs. */
public class ServiceForm {

    private String code;
    private String nameZh;
    private String nameEn;
    private String descriptionZh;
    private String descriptionEn;
    private String owner;
    private List<String> components = new ArrayList<>();
    private String deliveryNotes;
    private String calendar;
    private String status = "ACTIVE";
    private List<PackageRow> packages = new ArrayList<>();
    private Long version;
    private boolean critical;

    static ServiceForm of(ServiceView s) {
        ServiceForm form = new ServiceForm();
        form.code = s.code();
        form.nameZh = s.nameZh();
        form.nameEn = s.nameEn();
        form.descriptionZh = s.descriptionZh();
        form.descriptionEn = s.descriptionEn();
        form.owner = s.owner();
        form.components = new ArrayList<>(s.components());
        form.deliveryNotes = s.deliveryNotes();
        form.calendar = s.calendar();
        form.status = s.status();
        s.packages().forEach(p -> form.packages.add(new PackageRow(p.code(), p.nameZh(), p.nameEn(), p.calendar(),
                p.description())));
        form.version = s.version();
        form.critical = s.critical();
        return form;
    }

    /** A new service starts with the three usual packages, to be filled in or removed. */
    static ServiceForm blank(String owner) {
        ServiceForm form = new ServiceForm();
        form.owner = owner;
        form.calendar = "cn-standard";
        form.components.add("");
        for (String tier : List.of("PREMIUM", "STANDARD", "BASIC")) {
            form.packages.add(new PackageRow(tier, null, null, null, null));
        }
        return form;
    }

    ServiceCommand command() {
        return new ServiceCommand(code, nameZh, nameEn, descriptionZh, descriptionEn, owner, components, deliveryNotes,
                calendar, status, packages.stream().map(p -> p == null ? null
                        : new PackageView(p.getCode(), p.getNameZh(), p.getNameEn(), p.getCalendar(), p.getDescription()))
                        .toList(),
                version, critical);
    }

    public static class PackageRow {
        private String code;
        private String nameZh;
        private String nameEn;
        private String calendar;
        private String description;

        public PackageRow() {
        }

        PackageRow(String code, String nameZh, String nameEn, String calendar, String description) {
            this.code = code;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            this.calendar = calendar;
            this.description = description;
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

        public String getCalendar() {
            return calendar;
        }

        public void setCalendar(String calendar) {
            this.calendar = calendar;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
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

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public void setDescriptionZh(String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public List<String> getComponents() {
        return components;
    }

    public void setComponents(List<String> components) {
        this.components = components == null ? new ArrayList<>() : components;
    }

    public String getDeliveryNotes() {
        return deliveryNotes;
    }

    public void setDeliveryNotes(String deliveryNotes) {
        this.deliveryNotes = deliveryNotes;
    }

    public String getCalendar() {
        return calendar;
    }

    public void setCalendar(String calendar) {
        this.calendar = calendar;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<PackageRow> getPackages() {
        return packages;
    }

    public void setPackages(List<PackageRow> packages) {
        this.packages = packages == null ? new ArrayList<>() : packages;
    }

    public boolean isCritical() {
        return critical;
    }

    public void setCritical(boolean critical) {
        this.critical = critical;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
