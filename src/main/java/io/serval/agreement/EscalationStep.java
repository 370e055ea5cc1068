package io.serval.agreement;

import java.util.List;

/**
 * An escalation rule of an agreement in force: at {@code atPercent} of a target (100: the breach), notify the
 * {@code recipients} (ASSIGNEE, GROUP_LEAD, DUTY_MANAGER, SERVICE_LEVEL_MANAGER …); {@code metric} null for every
 * metric; {@code quietHours}: a non-urgent notice waits for the recipient's working hours.
 */
public record EscalationStep(int atPercent, String metric, List<String> recipients, boolean quietHours) {

    public EscalationStep {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public boolean appliesTo(Metric measured) {
        return metric == null || metric.equals(measured.name());
    }
}
