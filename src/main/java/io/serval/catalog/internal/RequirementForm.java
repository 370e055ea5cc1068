package io.serval.catalog.internal;

import io.serval.catalog.ServiceRequirementCommand;
import io.serval.catalog.ServiceRequirementView;
import io.serval.core.FieldProblem;
import io.serval.core.ShortDurations;
import java.math.BigDecimal;
import java.util.List;

/**
 * The requirement specification form: field paths match {@link ServiceRequirementCommand}; numbers are taken as
 * text so that a typing error is shown on its field like any other problem.
 */
public class RequirementForm {

    private String organisation;
    private String service;
    private String expectations;
    private String availableTimes;
    private String calendar;
    private String continuity;
    private String functions;
    private String baselines;
    private String availabilityPercent;
    private String maxFailures;
    private String failurePeriod;
    private String meanTimeBetweenFailures;
    private String maxFailureDuration;
    private String responseTime;
    private String turnaroundTime;
    private String answeringAgreement;
    private Long version;

    static RequirementForm of(ServiceRequirementView r) {
        RequirementForm form = new RequirementForm();
        form.organisation = r.organisation();
        form.service = r.service();
        form.expectations = r.expectations();
        form.availableTimes = r.availableTimes();
        form.calendar = r.calendar();
        form.continuity = r.continuity();
        form.functions = r.functions();
        form.baselines = r.baselines();
        form.availabilityPercent = r.availabilityPercent() == null ? null : r.availabilityPercent().toPlainString();
        form.maxFailures = r.maxFailures() == null ? null : r.maxFailures().toString();
        form.failurePeriod = r.failurePeriod();
        form.meanTimeBetweenFailures = ShortDurations.toShort(r.meanTimeBetweenFailures());
        form.maxFailureDuration = ShortDurations.toShort(r.maxFailureDuration());
        form.responseTime = ShortDurations.toShort(r.responseTime());
        form.turnaroundTime = ShortDurations.toShort(r.turnaroundTime());
        form.answeringAgreement = r.answeringAgreement();
        form.version = r.version();
        return form;
    }

    /** The command; numbers that are not numbers are added to {@code problems} (and left empty). */
    ServiceRequirementCommand command(List<FieldProblem> problems) {
        BigDecimal percent = null;
        if (availabilityPercent != null && !availabilityPercent.isBlank()) {
            try {
                percent = new BigDecimal(availabilityPercent.trim().replace("%", "").trim());
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("availabilityPercent", "catalog.requirement.number.invalid",
                        "''{0}'' is not a number", availabilityPercent));
            }
        }
        Integer failures = null;
        if (maxFailures != null && !maxFailures.isBlank()) {
            try {
                failures = Integer.valueOf(maxFailures.trim());
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("maxFailures", "catalog.requirement.number.invalid", "''{0}'' is not a number",
                        maxFailures));
            }
        }
        return new ServiceRequirementCommand(organisation, service, expectations, availableTimes, calendar, continuity,
                functions, baselines, percent, failures, failurePeriod, meanTimeBetweenFailures, maxFailureDuration,
                responseTime, turnaroundTime, answeringAgreement, version);
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getExpectations() {
        return expectations;
    }

    public void setExpectations(String expectations) {
        this.expectations = expectations;
    }

    public String getAvailableTimes() {
        return availableTimes;
    }

    public void setAvailableTimes(String availableTimes) {
        this.availableTimes = availableTimes;
    }

    public String getCalendar() {
        return calendar;
    }

    public void setCalendar(String calendar) {
        this.calendar = calendar;
    }

    public String getContinuity() {
        return continuity;
    }

    public void setContinuity(String continuity) {
        this.continuity = continuity;
    }

    public String getFunctions() {
        return functions;
    }

    public void setFunctions(String functions) {
        this.functions = functions;
    }

    public String getBaselines() {
        return baselines;
    }

    public void setBaselines(String baselines) {
        this.baselines = baselines;
    }

    public String getAvailabilityPercent() {
        return availabilityPercent;
    }

    public void setAvailabilityPercent(String availabilityPercent) {
        this.availabilityPercent = availabilityPercent;
    }

    public String getMaxFailures() {
        return maxFailures;
    }

    public void setMaxFailures(String maxFailures) {
        this.maxFailures = maxFailures;
    }

    public String getFailurePeriod() {
        return failurePeriod;
    }

    public void setFailurePeriod(String failurePeriod) {
        this.failurePeriod = failurePeriod;
    }

    public String getMeanTimeBetweenFailures() {
        return meanTimeBetweenFailures;
    }

    public void setMeanTimeBetweenFailures(String meanTimeBetweenFailures) {
        this.meanTimeBetweenFailures = meanTimeBetweenFailures;
    }

    public String getMaxFailureDuration() {
        return maxFailureDuration;
    }

    public void setMaxFailureDuration(String maxFailureDuration) {
        this.maxFailureDuration = maxFailureDuration;
    }

    public String getResponseTime() {
        return responseTime;
    }

    public void setResponseTime(String responseTime) {
        this.responseTime = responseTime;
    }

    public String getTurnaroundTime() {
        return turnaroundTime;
    }

    public void setTurnaroundTime(String turnaroundTime) {
        this.turnaroundTime = turnaroundTime;
    }

    public String getAnsweringAgreement() {
        return answeringAgreement;
    }

    public void setAnsweringAgreement(String answeringAgreement) {
        this.answeringAgreement = answeringAgreement;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
