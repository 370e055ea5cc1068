package io.serval.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.agreement.AgreementDocument;
import io.serval.agreement.AgreementDocument.TargetSpec;
import io.serval.agreement.AgreementDocument.UnderpinRef;
import io.serval.core.Reason;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules between agreements, without Spring or a database. */
class AgreementRulesTest {

    private final Map<String, Terms> agreements = new HashMap<>();
    private final AgreementRules rules = new AgreementRules(code -> Optional.ofNullable(agreements.get(code)));

    @Test
    void olaWithALongerTimeThanTheSlaTargetItUnderpinsIsRefusedNamingBoth() {
        store(sla("SLA-A", null, time("RES-P1", "RESOLUTION", "P1", "PT4H")));
        Terms ola = ola("OLA-1", underpinning(time("T1", "RESOLUTION", "P1", "PT5H"), "SLA-A", "RES-P1"));

        Reason refused = single(rules.violations(ola));
        assertThat(refused.code()).isEqualTo("agreement.rule.weaker.DURATION");
        assertThat(refused.args()).contains("OLA-1/T1", "SLA-A/RES-P1");
    }

    @Test
    void olaAsStrictAsTheSlaTargetPasses() {
        store(sla("SLA-A", null, time("RES-P1", "RESOLUTION", "P1", "PT4H")));
        assertThat(rules.violations(ola("OLA-1", underpinning(time("T1", "RESOLUTION", "P1", "PT4H"), "SLA-A", "RES-P1"))))
                .isEmpty();
    }

    @Test
    void ucWithLowerAvailabilityIsRefusedAndHigherPasses() {
        store(sla("SLA-A", null, percent("UP", "99.5")));
        assertThat(single(rules.violations(uc("UC-1", underpinning(percent("UP", "99.0"), "SLA-A", "UP")))).code())
                .isEqualTo("agreement.rule.weaker.PERCENT");
        assertThat(rules.violations(uc("UC-2", underpinning(percent("UP", "99.9"), "SLA-A", "UP")))).isEmpty();
    }

    @Test
    void underpinningADifferentMetricIsRefused() {
        store(sla("SLA-A", null, time("RESP", "RESPONSE", "P1", "PT1H")));
        Reason refused = single(rules.violations(ola("OLA-1", underpinning(time("T1", "RESOLUTION", "P1", "PT30M"), "SLA-A", "RESP"))));
        assertThat(refused.code()).isEqualTo("agreement.rule.metricMismatch");
        assertThat(refused.args()).contains("OLA-1/T1", "SLA-A/RESP");
    }

    @Test
    void childSlaMayTightenButNotLoosenWhatItInherits() {
        store(sla("CORP", null, time("RES-P1", "RESOLUTION", "P1", "PT8H")));
        assertThat(rules.violations(sla("CHILD", "CORP", time("R", "RESOLUTION", "P1", "PT4H")))).isEmpty();
        Reason refused = single(rules.violations(sla("CHILD", "CORP", time("R", "RESOLUTION", "P1", "PT9H"))));
        assertThat(refused.code()).isEqualTo("agreement.rule.childWeaker");
        assertThat(refused.args()).contains("CHILD/R", "CORP/RES-P1");
        assertThat(rules.violations(sla("CHILD", "CORP", time("R", "RESOLUTION", "P2", "PT9H"))))
                .as("another priority is another target").isEmpty();
    }

    @Test
    void grandchildIsCheckedAgainstTheNearestAncestorThatSetsTheTarget() {
        store(sla("CORP", null, time("RES-P1", "RESOLUTION", "P1", "PT8H")));
        store(sla("CUST", "CORP", time("RES-P1", "RESOLUTION", "P1", "PT4H")));
        assertThat(single(rules.violations(sla("SVC", "CUST", time("RES-P1", "RESOLUTION", "P1", "PT6H")))).args())
                .contains("CUST/RES-P1");
    }

    @Test
    void effectiveTargetsAreOwnPlusInheritedOnesNotOverridden() {
        store(sla("CORP", null, time("RES-P1", "RESOLUTION", "P1", "PT8H"), percent("UP", "99.0")));
        Terms child = sla("CUST", "CORP", time("RES-P1", "RESOLUTION", "P1", "PT4H"));

        assertThat(rules.effectiveTargets(child))
                .extracting(i -> i.agreement() + "/" + i.target().code() + "=" + i.target().value())
                .containsExactly("CUST/RES-P1=PT4H", "CORP/UP=99%");
    }

    @Test
    void aParentCycleDoesNotLoopForever() {
        store(sla("A", "B", time("R", "RESOLUTION", "P1", "PT1H")));
        store(sla("B", "A", time("R", "RESOLUTION", "P1", "PT1H")));
        assertThat(rules.effectiveTargets(agreements.get("A"))).hasSize(1);
    }

    @Test
    void aStoredTargetWhoseValueCannotBeReadIsNeverWeaker() {
        store(sla("SLA-A", null, time("RES-P1", "RESOLUTION", "P1", "PT4H")));
        assertThat(rules.violations(ola("OLA-1", underpinning(time("T1", "RESOLUTION", "P1", "soon"), "SLA-A", "RES-P1"))))
                .isEmpty();
    }

    private static Reason single(List<Reason> reasons) {
        assertThat(reasons).hasSize(1);
        return reasons.get(0);
    }

    private void store(Terms terms) {
        agreements.put(terms.code(), terms);
    }

    private static TargetSpec time(String code, String metric, String priority, String duration) {
        return new TargetSpec(code, metric, priority, null, duration, null, null, null, null, null, null, null);
    }

    private static TargetSpec percent(String code, String percent) {
        return new TargetSpec(code, "AVAILABILITY", null, null, null, new BigDecimal(percent), null, null, null, null, null, null);
    }

    private static TargetSpec underpinning(TargetSpec t, String agreement, String target) {
        return new TargetSpec(t.code(), t.metric(), t.priority(), t.category(), t.duration(), t.percent(), t.count(),
                t.period(), t.calendar(), t.warnings(), List.of(new UnderpinRef(agreement, target)), t.pauseWhen());
    }

    private static Terms sla(String code, String parent, TargetSpec... targets) {
        return terms("SLA", code, parent, parent == null ? "CORPORATE" : "CUSTOMER", targets);
    }

    private static Terms ola(String code, TargetSpec... targets) {
        return terms("OLA", code, null, null, targets);
    }

    private static Terms uc(String code, TargetSpec... targets) {
        return terms("UC", code, null, null, targets);
    }

    private static Terms terms(String type, String code, String parent, String level, TargetSpec... targets) {
        return StoredTerms.of(new AgreementDocument(type, code, null, null, code, level, parent, null, null, null, null, null,
                null, "24x7", null, List.of(targets), null, null, null, null, null, null, null, null, null, null, null,
                null, null));
    }
}
