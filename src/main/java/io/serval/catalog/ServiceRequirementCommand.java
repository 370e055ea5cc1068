package io.serval.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * A service requirement specification as entered. {@code organisation} (a customer organisation's code) and
 * {@code service} (a catalog service code) are fixed once created; {@code version} is the version the editor
 * read. See {@link ServiceRequirementView} for the meaning of the fields.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceRequirementCommand(String organisation, String service, String expectations,
        String availableTimes, String calendar, String continuity, String functions, String baselines,
        BigDecimal availabilityPercent, Integer maxFailures, String failurePeriod, String meanTimeBetweenFailures,
        String maxFailureDuration, String responseTime, String turnaroundTime, String answeringAgreement,
        Long version) {
}
