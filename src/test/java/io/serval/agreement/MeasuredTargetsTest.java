package io.serval.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the clock engine reads from the agreements in force (issue 8): the SLA target with the phases that pause it,
 * the OLA and UC targets each team and supplier signed under it, and the escalation rules per metric, from the
 * demo agreements and from one published through the API.
 */
@ServalTest
class MeasuredTargetsTest {

    /** The demo SLA targets of a resolution time, as "SLA/TARGET". */
    private static final List<String> DEMO_RESOLUTION_TARGETS = List.of("CORP-SLA/RES-P1", "CORP-SLA/RES-P2",
            "CORP-SLA/RES-P3", "SLA-CUST-A/RES-P1", "SLA-CUST-B/RES-P1", "SLA-A-EMAIL/RES-P1");

    @LocalServerPort
    int port;

    @Autowired
    EffectiveTargets effectiveTargets;

    @Autowired
    MeasuredTargets measuredTargets;

    @Autowired
    Clock clock;

    @Test
    void theSlaTargetCarriesItsPauseRulesOwnOrInherited() {
        LocalDate today = LocalDate.now(clock);
        MeasuredTarget onSite = effectiveTargets.measured("CUST-B", "POWER-REPAIR", "P1", Metric.RESOLUTION, today).orElseThrow();
        assertThat(onSite).isEqualTo(new MeasuredTarget("SLA-CUST-B", "SLA-CUST-B", "RES-P1", Metric.RESOLUTION, "P1",
                Duration.ofHours(6), "24x7", List.of(50, 75, 90), List.of("PENDING_CUSTOMER", "PENDING_SUPPLIER")));
        assertThat(measuredTargets.target("SLA-CUST-B", "RES-P1", today)).contains(onSite);

        MeasuredTarget inherited = effectiveTargets.measured("CUST-A", "DESKTOP", "P2", Metric.RESOLUTION, today).orElseThrow();
        assertThat(inherited).as("the corporate target, the metric's default pauses").isEqualTo(new MeasuredTarget("SLA-CUST-A",
                "CORP-SLA", "RES-P2", Metric.RESOLUTION, "P2", Duration.ofHours(16), "cn-standard", List.of(50, 75, 90), List.of()));

        assertThat(effectiveTargets.measured("CUST-A", "DESKTOP", "P1", Metric.AVAILABILITY, today)).as("not a time").isEmpty();
        assertThat(measuredTargets.target("SLA-CUST-A", "AVAIL", today)).as("not a time").isEmpty();
        assertThat(measuredTargets.target("SLA-CUST-A", "RES-P1", LocalDate.of(2025, 12, 31))).as("before it is valid").isEmpty();
    }

    @Test
    void everyDemoTeamAndTheDemoSupplierSignedUnderEveryDemoResolutionTarget() {
        LocalDate today = LocalDate.now(clock);
        for (String slaTarget : DEMO_RESOLUTION_TARGETS) {
            String[] sla = slaTarget.split("/");
            MeasuredTarget measured = measuredTargets.target(sla[0], sla[1], today).orElseThrow();
            for (String team : List.of("DESK", "NETWORK", "APP-SUPPORT")) {
                assertThat(measuredTargets.underpinning(sla[0], sla[1], AgreementType.OLA, team, today))
                        .as(team + " under " + slaTarget).singleElement()
                        .satisfies(ola -> assertThat(ola.agreement()).isEqualTo("OLA-" + team))
                        .satisfies(ola -> assertThat(ola.metric()).isEqualTo(Metric.RESOLUTION))
                        .satisfies(ola -> assertThat(ola.limit()).isLessThanOrEqualTo(measured.limit()));
            }
            assertThat(measuredTargets.underpinning(sla[0], sla[1], AgreementType.UC, "PROV-1", today))
                    .as("PROV-1 under " + slaTarget).singleElement()
                    .satisfies(uc -> assertThat(uc.agreement()).isEqualTo("UC-PROV-1"))
                    .satisfies(uc -> assertThat(uc.limit()).isLessThanOrEqualTo(measured.limit()));
        }

        assertThat(measuredTargets.underpinning("SLA-CUST-B", "RES-P1", AgreementType.UC, "PROV-1", today))
                .containsExactly(new MeasuredTarget("UC-PROV-1", "UC-PROV-1", "RES-P1", Metric.RESOLUTION, "P1",
                        Duration.ofHours(4), "24x7", List.of(50, 75, 90), List.of()));
        assertThat(measuredTargets.underpinning("SLA-CUST-B", "RES-P1", AgreementType.OLA, "PROV-1", today))
                .as("a supplier signs UCs, not OLAs").isEmpty();
        assertThat(measuredTargets.underpinning("SLA-CUST-B", "RES-P1", AgreementType.UC, "PROV-2", today)).isEmpty();
        assertThat(measuredTargets.underpinning("SLA-CUST-B", "WO-P1", AgreementType.UC, "PROV-2", today))
                .extracting(MeasuredTarget::target, MeasuredTarget::limit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WO-P1", Duration.ofHours(4)));
    }

    @Test
    void responseThresholdsEscalateByResponseRulesAndResolutionByResolutionRules() {
        List<EscalationStep> steps = measuredTargets.escalations("CORP-SLA");
        assertThat(steps).extracting(EscalationStep::atPercent).isSorted();
        assertThat(steps.stream().filter(s -> s.appliesTo(Metric.RESPONSE)).toList()).containsExactly(
                new EscalationStep(75, "RESPONSE", List.of("ASSIGNEE", "GROUP_LEAD"), false),
                new EscalationStep(100, "RESPONSE", List.of("GROUP_LEAD", "DUTY_MANAGER"), false));
        assertThat(steps.stream().filter(s -> s.appliesTo(Metric.RESOLUTION)).toList()).containsExactly(
                new EscalationStep(50, "RESOLUTION", List.of("ASSIGNEE"), true),
                new EscalationStep(75, "RESOLUTION", List.of("GROUP_LEAD"), false),
                new EscalationStep(90, "RESOLUTION", List.of("DUTY_MANAGER"), false),
                new EscalationStep(100, "RESOLUTION", List.of("DUTY_MANAGER", "SERVICE_LEVEL_MANAGER"), false));
        assertThat(measuredTargets.escalations("SLA-CUST-B").stream().filter(s -> s.appliesTo(Metric.WORK_ORDER_COMPLETION)))
                .extracting(EscalationStep::atPercent, EscalationStep::recipients).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(75, List.of("ASSIGNEE", "PROVIDER")),
                        org.assertj.core.groups.Tuple.tuple(100, List.of("DUTY_MANAGER", "PROVIDER")));
        assertThat(measuredTargets.escalations("NO-SUCH-SLA")).isEmpty();
    }

    @Test
    void aPublishedChildSlaInheritsThePauseRulesOfItsParentsTargetAndHasItsOwnEscalations() {
        Api slm = Api.as(port, "slm");
        assertThat(slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-B-METER","name":"Meters","parent":"SLA-CUST-B","services":["METER-INSTALL"],
                 "calendar":"24x7","targets":[{"code":"WO-P1","metric":"WORK_ORDER_COMPLETION","priority":"P1","duration":"PT3H",
                                               "pauseWhen":["PENDING_SUPPLIER"]}],
                 "escalations":[{"atPercent":80,"recipients":["ASSIGNEE"],"quietHours":true},
                                {"atPercent":100,"metric":"WORK_ORDER_COMPLETION","recipients":["DUTY_MANAGER"]}]}""")
                .status()).isEqualTo(201);
        LocalDate today = LocalDate.now(clock);
        assertThat(effectiveTargets.measured("CUST-B", "METER-INSTALL", "P1", Metric.WORK_ORDER_COMPLETION, today))
                .as("a draft is not in force").map(MeasuredTarget::agreement).contains("SLA-CUST-B");
        for (String step : List.of("submit", "approve", "publish")) {
            assertThat(slm.post("/api/agreements/SLA-B-METER/" + step, "").status()).isEqualTo(200);
        }

        assertThat(effectiveTargets.measured("CUST-B", "METER-INSTALL", "P1", Metric.WORK_ORDER_COMPLETION, today))
                .map(MeasuredTarget::pauseWhen).contains(List.of("PENDING_SUPPLIER"));
        MeasuredTarget inherited = effectiveTargets.measured("CUST-B", "METER-INSTALL", "P1", Metric.RESOLUTION, today).orElseThrow();
        assertThat(List.of(inherited.agreement(), inherited.definedBy(), inherited.target())).containsExactly("SLA-B-METER",
                "SLA-CUST-B", "RES-P1");
        assertThat(inherited.pauseWhen()).as("the definer's").containsExactly("PENDING_CUSTOMER", "PENDING_SUPPLIER");

        List<EscalationStep> steps = measuredTargets.escalations("SLA-B-METER");
        assertThat(steps).containsExactly(new EscalationStep(80, null, List.of("ASSIGNEE"), true),
                new EscalationStep(100, "WORK_ORDER_COMPLETION", List.of("DUTY_MANAGER"), false));
        assertThat(steps.stream().filter(s -> s.appliesTo(Metric.RESOLUTION))).extracting(EscalationStep::atPercent)
                .as("a rule for every metric applies to resolution, one for work orders does not").containsExactly(80);
    }

    @Test
    void anSlaWithoutEscalationRulesOfItsOwnFollowsItsParents() {
        Api slm = Api.as(port, "slm");
        assertThat(slm.post("/api/agreements", """
                {"type":"SLA","code":"SLA-B-QUIET","name":"No rules of its own","parent":"SLA-CUST-B",
                 "services":["DESKTOP"],"calendar":"24x7",
                 "targets":[{"code":"RES-P1","metric":"RESOLUTION","priority":"P1","duration":"PT4H"}]}""")
                .status()).isEqualTo(201);
        for (String step : List.of("submit", "approve", "publish")) {
            assertThat(slm.post("/api/agreements/SLA-B-QUIET/" + step, "").status()).isEqualTo(200);
        }
        assertThat(measuredTargets.escalations("SLA-CUST-B")).isNotEmpty();
        assertThat(measuredTargets.escalations("SLA-B-QUIET")).isEqualTo(measuredTargets.escalations("SLA-CUST-B"));
    }
}
