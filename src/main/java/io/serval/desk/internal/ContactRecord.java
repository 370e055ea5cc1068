package io.serval.desk.internal;

import io.serval.desk.ContactChannel;
import io.serval.desk.ContactView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A contact with a customer, about a subject named by type and id (a ticket; later a work request, a complaint). */
@Entity
@Table(name = "contact_record")
class ContactRecord {

    static final String TICKET = "TICKET";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactChannel channel;

    @Column(name = "customer_username", updatable = false)
    private String customer;

    @Column(name = "contact_name", updatable = false)
    private String name;

    @Column(name = "contact_phone", updatable = false)
    private String phone;

    @Column(name = "contact_email", updatable = false)
    private String email;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisation;

    @Column(name = "contacted_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ContactRecord() {
    }

    ContactRecord(ContactChannel channel, String customer, String name, String phone, String email, String organisation,
            Instant at, String summary, String recordedBy, Instant recordedAt) {
        this.channel = channel;
        this.customer = customer;
        this.name = name;
        this.phone = phone;
        this.email = email;
        this.organisation = organisation;
        this.at = at;
        this.summary = summary;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void concerns(String type, long id) {
        this.subjectType = type;
        this.subjectId = id;
    }

    ContactView view(String subjectNumber) {
        return new ContactView(id, channel, customer, name, phone, email, organisation, at, summary, subjectType,
                subjectId, subjectNumber, recordedBy, recordedAt);
    }

    Long ticketId() {
        return TICKET.equals(subjectType) ? subjectId : null;
    }

    Instant getAt() {
        return at;
    }
}
