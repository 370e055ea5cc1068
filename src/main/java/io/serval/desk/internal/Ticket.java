package io.serval.desk.internal;

import io.serval.core.AuditedEntity;
import io.serval.desk.EscalationKind;
import io.serval.desk.MajorIncidentDeclared;
import io.serval.desk.Severity;
import io.serval.desk.TicketEscalated;
import io.serval.desk.TicketMeasured;
import io.serval.desk.TicketRaised;
import io.serval.desk.TicketReassigned;
import io.serval.desk.TicketRetargeted;
import io.serval.desk.TicketStatus;
import io.serval.desk.TicketStatusChanged;
import io.serval.desk.TicketType;
import io.serval.desk.TicketView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A ticket: who raised it for which organisation and service, its impact, urgency and the priority they give,
 * where it stands and who has it. Every change registers the event other modules follow, published when the
 * ticket is saved (through the event publication registry).
 */
@Entity
@Table(name = "ticket")
public class Ticket extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "ticket_type", nullable = false, updatable = false)
    private TicketType type;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String description;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "organisation_code", nullable = false)
    private String organisation;

    @Column(name = "customer_username", nullable = false)
    private String customer;

    @Column(name = "service_code", nullable = false)
    private String service;

    private String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity impact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity urgency;

    @Column(nullable = false)
    private String priority;

    @Column(name = "priority_source", nullable = false)
    private String prioritySource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    @Column(name = "assignment_group")
    private String assignmentGroup;

    private String assignee;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The first response: taken by someone, or a reply the customer reads (the response clock stops here). */
    @Column(name = "responded_at")
    private Instant respondedAt;

    /** The supplier awaited while the ticket is pending a supplier. */
    @Column(name = "supplier_code")
    private String supplier;

    @Column(nullable = false)
    private boolean major;

    @Column(name = "major_reason")
    private String majorReason;

    @Column(name = "major_declared_by")
    private String majorDeclaredBy;

    @Column(name = "major_declared_at")
    private Instant majorDeclaredAt;

    @Column(name = "major_review_due")
    private LocalDate majorReviewDue;

    @Transient
    private final List<Object> events = new ArrayList<>();

    protected Ticket() {
    }

    Ticket(String number, TicketType type, String subject, String description, String organisation, String customer,
            String service, String category, Severity impact, Severity urgency, String priority, String prioritySource,
            Instant at) {
        this.number = number;
        this.type = type;
        this.subject = subject;
        this.description = description;
        this.searchText = searchText(number, subject, description);
        this.organisation = organisation;
        this.customer = customer;
        this.service = service;
        this.category = category;
        this.impact = impact;
        this.urgency = urgency;
        this.priority = priority;
        this.prioritySource = prioritySource;
        this.status = TicketStatus.NEW;
        events.add(new Raised(at));
    }

    /** What the ticket search matches: number, subject and description in lower case. */
    static String searchText(String number, String subject, String description) {
        return (number + " " + subject + " " + description).toLowerCase(java.util.Locale.ROOT);
    }

    /** Registered before the id exists; completed when the events are published (after the insert). */
    private record Raised(Instant at) {
    }

    /** The first response; other modules learn of it through {@link TicketMeasured}. */
    private record Responded(Instant at) {
    }

    void move(TicketStatus to, String actor, Instant at) {
        TicketStatus from = status;
        this.status = to;
        if (to == TicketStatus.IN_PROGRESS || to == TicketStatus.RESOLVED || to == TicketStatus.REJECTED) {
            responded(at);
        }
        if (to == TicketStatus.RESOLVED) {
            this.resolvedAt = at;
        } else if (to == TicketStatus.CLOSED) {
            this.closedAt = at;
        } else if (from == TicketStatus.RESOLVED) {
            this.resolvedAt = null; // reopened
        }
        events.add(new TicketStatusChanged(getId(), number, from, to, actor, at));
    }

    void assign(String group, String person, Instant at) {
        if (Objects.equals(group, assignmentGroup) && Objects.equals(person, assignee)) {
            return;
        }
        events.add(new TicketReassigned(getId(), number, assignmentGroup, group, assignee, person, at));
        this.assignmentGroup = group;
        this.assignee = person;
        if (person != null) {
            responded(at); // taken by someone
        }
    }

    /** The first response, once; later ones change nothing. */
    void responded(Instant at) {
        if (respondedAt == null) {
            respondedAt = at;
            events.add(new Responded(at));
        }
    }

    /** The supplier awaited (while pending a supplier), or none. */
    void awaitSupplier(String supplierCode) {
        this.supplier = supplierCode;
    }

    /** A new service, impact, urgency or category; {@code priority} as they now give it. */
    void retarget(String newService, String newCategory, Severity newImpact, Severity newUrgency, String newPriority,
            String source, Instant at) {
        boolean measuredDifferently = !service.equals(newService) || !priority.equals(newPriority);
        this.service = newService;
        this.category = newCategory;
        this.impact = newImpact;
        this.urgency = newUrgency;
        this.priority = newPriority;
        this.prioritySource = source;
        if (measuredDifferently) {
            events.add(new TicketRetargeted(getId(), number, organisation, service, priority, at));
        }
    }

    /** Makes the ticket a major incident ({@code reason} null when declared automatically); false if it was one. */
    boolean declareMajor(String reason, String actor, Instant at, LocalDate reviewDue) {
        if (major) {
            return false;
        }
        this.major = true;
        this.majorReason = reason;
        this.majorDeclaredBy = actor;
        this.majorDeclaredAt = at;
        this.majorReviewDue = reviewDue;
        events.add(new MajorIncidentDeclared(getId(), number, organisation, service, priority, reason, reason == null,
                actor, at, reviewDue));
        return true;
    }

    /** An escalation was recorded; a functional one moves the ticket through {@link #assign} as well. */
    void escalated(EscalationKind kind, String fromGroup, String to, String reason, String actor, Instant at) {
        events.add(new TicketEscalated(getId(), number, kind, fromGroup, to, reason, actor, at));
    }

    /**
     * The events registered, then, when any of them changes how the ticket is measured, one {@link TicketMeasured}
     * with where it stands after them all (what the SLA clocks follow).
     */
    @DomainEvents
    Collection<Object> domainEvents() {
        List<Object> published = new ArrayList<>();
        Instant measuredAt = null;
        for (Object e : events) {
            if (e instanceof Raised raised) {
                published.add(new TicketRaised(getId(), number, type, organisation, service, priority, raised.at()));
                measuredAt = raised.at();
            } else if (e instanceof Responded responded) {
                measuredAt = responded.at();
            } else {
                published.add(e);
                measuredAt = measuredAt(e, measuredAt);
            }
        }
        if (measuredAt != null) {
            published.add(new TicketMeasured(getId(), number, type, organisation, service, priority, status,
                    assignmentGroup, assignee, status == TicketStatus.PENDING_SUPPLIER ? supplier : null, respondedAt, resolvedAt,
                    measuredAt));
        }
        return published;
    }

    private static Instant measuredAt(Object event, Instant before) {
        if (event instanceof TicketStatusChanged changed) {
            return changed.at();
        }
        if (event instanceof TicketReassigned reassigned) {
            return reassigned.at();
        }
        return event instanceof TicketRetargeted retargeted ? retargeted.at() : before;
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
    }

    public TicketView view() {
        return new TicketView(getId(), number, type, subject, description, organisation, customer, service, category,
                impact, urgency, priority, prioritySource, status, assignmentGroup, assignee, getCreatedAt(),
                getUpdatedAt(), resolvedAt, closedAt, getVersion(), major, respondedAt, supplier);
    }

    public String getNumber() {
        return number;
    }

    public String getSubject() {
        return subject;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getCustomer() {
        return customer;
    }

    public String getService() {
        return service;
    }

    public String getCategory() {
        return category;
    }

    public Severity getImpact() {
        return impact;
    }

    public Severity getUrgency() {
        return urgency;
    }

    public String getPriority() {
        return priority;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public String getAssignmentGroup() {
        return assignmentGroup;
    }

    public String getAssignee() {
        return assignee;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public boolean isMajor() {
        return major;
    }

    public String getMajorReason() {
        return majorReason;
    }

    public String getMajorDeclaredBy() {
        return majorDeclaredBy;
    }

    public Instant getMajorDeclaredAt() {
        return majorDeclaredAt;
    }

    public LocalDate getMajorReviewDue() {
        return majorReviewDue;
    }
}
