package io.serval.agreement.internal;

import io.serval.core.Reason;
import io.serval.agreement.AgreementDocument.UnderpinRef;
import io.serval.agreement.AgreementType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules between agreements (plain Java): an OLA or UC target may never be weaker than the SLA target it
 * underpins, and a child SLA may only tighten what it inherits from its parent. Each reason names both targets.
 */
public final class AgreementRules {

    /** A target in force for an SLA, and the agreement that defines it (itself or an ancestor). */
    public record Inherited(Target target, String agreement) {
    }

    private final Function<String, Optional<Terms>> agreements;

    public AgreementRules(Function<String, Optional<Terms>> agreements) {
        this.agreements = agreements;
    }

    /** Why {@code terms} may not be saved as they are; empty when they may. */
    public List<Reason> violations(Terms terms) {
        List<Reason> reasons = new ArrayList<>();
        if (terms.type().underpins()) {
            for (Target target : terms.targets()) {
                for (UnderpinRef ref : target.underpins()) {
                    agreements.apply(ref.agreement()).flatMap(sla -> sla.target(ref.target())).ifPresent(slaTarget -> {
                        String self = terms.code() + "/" + target.code();
                        String other = ref.agreement() + "/" + slaTarget.code();
                        if (target.metric() != slaTarget.metric()) {
                            reasons.add(Reason.of("agreement.rule.metricMismatch",
                                    "{0} target {1} ({2}) measures {3} but underpins SLA target {4} ({5})",
                                    Words.type(terms.type()), self, Words.target(target), Words.metric(target.metric()), other,
                                    Words.target(slaTarget)));
                        } else if (target.weakerThan(slaTarget)) {
                            reasons.add(Reason.of("agreement.rule.weaker." + target.metric().kind(),
                                    "{0} target {1} ({2}) is weaker than SLA target {3} ({4}), which it underpins: "
                                            + strength(target), Words.type(terms.type()), self, Words.target(target), other,
                                    Words.target(slaTarget)));
                        }
                    });
                }
            }
        }
        if (terms.type() == AgreementType.SLA && terms.parent() != null) {
            List<Inherited> fromParent = agreements.apply(terms.parent()).map(this::effectiveTargets).orElse(List.of());
            for (Target own : terms.targets()) {
                fromParent.stream().filter(p -> p.target().sameScopeAs(own) && own.weakerThan(p.target())).findFirst()
                        .ifPresent(p -> reasons.add(Reason.of("agreement.rule.childWeaker",
                                "SLA target {0} ({1}) is weaker than the target {2} ({3}) it inherits: a child SLA may only "
                                        + "tighten its parent''s targets", terms.code() + "/" + own.code(), Words.target(own),
                                p.agreement() + "/" + p.target().code(), Words.target(p.target()))));
            }
        }
        return reasons;
    }

    /**
     * The targets in force for an SLA: its own, plus each ancestor's target for a scope (metric, priority,
     * category) it does not set itself.
     */
    public List<Inherited> effectiveTargets(Terms sla) {
        List<Inherited> effective = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        Optional<Terms> current = Optional.of(sla);
        while (current.isPresent() && visited.add(current.get().code())) {
            Terms level = current.get();
            for (Target t : level.targets()) {
                if (effective.stream().noneMatch(e -> e.target().sameScopeAs(t))) {
                    effective.add(new Inherited(t, level.code()));
                }
            }
            current = level.parent() == null ? Optional.empty() : agreements.apply(level.parent());
        }
        return effective;
    }

    private static String strength(Target target) {
        return switch (target.metric().kind()) {
            case DURATION -> "its time must not be longer";
            case PERCENT -> "its availability must not be lower";
            case COUNT -> "it must not allow more failures";
        };
    }
}
