package io.serval.clock.internal;

import io.serval.agreement.EscalationStep;
import io.serval.agreement.MeasuredTarget;
import io.serval.agreement.MeasuredTargets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The terms a clock is measured under by a target. Its thresholds are the target's warnings (50/75/90 % unless it
 * names its own) and every percent at which the agreement's escalation rules for the target's metric act: a rule
 * "at 80 % tell the group lead" fires at 80 % even when the target warns at 50/75/90 only.
 */
@Component
class ClockTargets {

    private final MeasuredTargets targets;

    ClockTargets(MeasuredTargets targets) {
        this.targets = targets;
    }

    /** {@code target}'s terms for a record of {@code priority} (a target for any priority takes the record's). */
    ClockTerms terms(MeasuredTarget target, String priority) {
        Set<Phase> pauses = target.pauseWhen().isEmpty() ? null
                : target.pauseWhen().stream().map(Phase::valueOf).collect(Collectors.toSet());
        List<Integer> thresholds = new ArrayList<>(target.warnings().isEmpty() ? ClockTerms.DEFAULT_WARNINGS
                : target.warnings());
        targets.escalations(target.agreement()).stream()
                .filter(rule -> rule.appliesTo(target.metric()) && rule.atPercent() < 100)
                .map(EscalationStep::atPercent).forEach(thresholds::add);
        return new ClockTerms(target.agreement(), target.target(), target.metric(),
                target.priority() == null ? priority : target.priority(), target.limit(), target.calendar(),
                thresholds, pauses);
    }
}
