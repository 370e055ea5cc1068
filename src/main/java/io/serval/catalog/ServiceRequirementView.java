package io.serval.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A service requirement specification (服务需求说明书, SPEC §2): what one customer organisation needs from one
 * service. Durations are ISO-8601 ({@code PT4H}, {@code P30D}); {@code failurePeriod} an ISO-8601 period
 * ({@code P1M}) to which {@code maxFailures} applies; {@code availabilityPercent} applies within the service
 * hours given by {@code availableTimes} and {@code calendar}. {@code answeringAgreement} is the code of the
 * agreement that answers the specification.
 */
public record ServiceRequirementView(long id, String organisation, String organisationName, String service,
        String serviceName, String expectations, String availableTimes, String calendar, String continuity,
        String functions, String baselines, BigDecimal availabilityPercent, Integer maxFailures, String failurePeriod,
        String meanTimeBetweenFailures, String maxFailureDuration, String responseTime, String turnaroundTime,
        String answeringAgreement, String updatedBy, Instant updatedAt, long version) {
}
