package io.serval.catalog.internal;

import io.serval.core.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A service requirement specification of one customer organisation for one service. */
@Entity
@Table(name = "service_requirement")
public class ServiceRequirement extends AuditedEntity {

    /** The customer organisation, for scoping queries ({@code OrganisationScope}). */
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false, updatable = false)
    private CatalogEntry service;

    private String expectations;

    @Column(name = "available_times")
    private String availableTimes;

    @Column(name = "calendar_code")
    private String calendar;

    private String continuity;

    @Column(name = "functions_involved")
    private String functions;

    private String baselines;

    @Column(name = "availability_percent")
    private BigDecimal availabilityPercent;

    @Column(name = "max_failures")
    private Integer maxFailures;

    @Column(name = "failure_period")
    private String failurePeriod;

    @Column(name = "mean_time_between_failures")
    private String meanTimeBetweenFailures;

    @Column(name = "max_failure_duration")
    private String maxFailureDuration;

    @Column(name = "response_time")
    private String responseTime;

    @Column(name = "turnaround_time")
    private String turnaroundTime;

    @Column(name = "answering_agreement")
    private String answeringAgreement;

    protected ServiceRequirement() {
    }

    public ServiceRequirement(long organisationId, String organisationCode, CatalogEntry service) {
        this.organisationId = organisationId;
        this.organisationCode = organisationCode;
        this.service = service;
    }

    /** Replaces the specification's content with validated values. */
    public void specify(String expectations, String availableTimes, String calendar, String continuity,
            String functions, String baselines) {
        this.expectations = expectations;
        this.availableTimes = availableTimes;
        this.calendar = calendar;
        this.continuity = continuity;
        this.functions = functions;
        this.baselines = baselines;
    }

    /** Replaces the service-level measures wanted with validated values. */
    public void measure(BigDecimal availabilityPercent, Integer maxFailures, String failurePeriod,
            String meanTimeBetweenFailures, String maxFailureDuration, String responseTime, String turnaroundTime,
            String answeringAgreement) {
        this.availabilityPercent = availabilityPercent;
        this.maxFailures = maxFailures;
        this.failurePeriod = failurePeriod;
        this.meanTimeBetweenFailures = meanTimeBetweenFailures;
        this.maxFailureDuration = maxFailureDuration;
        this.responseTime = responseTime;
        this.turnaroundTime = turnaroundTime;
        this.answeringAgreement = answeringAgreement;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public CatalogEntry getService() {
        return service;
    }

    public String getExpectations() {
        return expectations;
    }

    public String getAvailableTimes() {
        return availableTimes;
    }

    public String getCalendar() {
        return calendar;
    }

    public String getContinuity() {
        return continuity;
    }

    public String getFunctions() {
        return functions;
    }

    public String getBaselines() {
        return baselines;
    }

    public BigDecimal getAvailabilityPercent() {
        return availabilityPercent;
    }

    public Integer getMaxFailures() {
        return maxFailures;
    }

    public String getFailurePeriod() {
        return failurePeriod;
    }

    public String getMeanTimeBetweenFailures() {
        return meanTimeBetweenFailures;
    }

    public String getMaxFailureDuration() {
        return maxFailureDuration;
    }

    public String getResponseTime() {
        return responseTime;
    }

    public String getTurnaroundTime() {
        return turnaroundTime;
    }

    public String getAnsweringAgreement() {
        return answeringAgreement;
    }
}
