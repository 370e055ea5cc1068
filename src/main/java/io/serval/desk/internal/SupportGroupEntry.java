package io.serval.desk.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An internal team organisation working tickets, with its tier and lead. */
@Entity
@Table(name = "support_group")
class SupportGroupEntry {

    @Id
    @Column(name = "organisation_code")
    private String code;

    @Column(nullable = false)
    private int tier;

    @Column(name = "lead_username")
    private String lead;

    protected SupportGroupEntry() {
    }

    SupportGroupEntry(String code, int tier, String lead) {
        this.code = code;
        this.tier = tier;
        this.lead = lead;
    }

    String getCode() {
        return code;
    }

    int getTier() {
        return tier;
    }

    String getLead() {
        return lead;
    }
}
