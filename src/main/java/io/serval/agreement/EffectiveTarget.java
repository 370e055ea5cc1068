package io.serval.agreement;

import java.math.BigDecimal;

/**
 * The target in force for a customer, service, priority and metric, and where it comes from: {@code agreement}
 * and {@code target} name the agreement that defines it (a parent when inherited); {@code appliedAgreement}
 * is the most specific SLA that covers the customer and service; {@code status} that agreement's status.
 */
public record EffectiveTarget(String agreement, String target, String metric, String priority, String duration,
        BigDecimal percent, Integer count, String period, String calendar, String appliedAgreement, boolean inherited,
        String status) {
}
