package io.serval.agreement.internal;

import static io.serval.agreement.internal.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

import io.serval.core.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Reasons, revision notices and tasks are stored as keys and read out in the reader's language with the real
 * bundles: "P1 解决时间 3 小时", never "RESOLUTION P1 PT3H".
 */
class ReadOutTest {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("messages", "i18n/agreement/messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private final Terms sla = StoredTerms.of(document("""
            {"type":"SLA","code":"SLA-CUST-A","name":"A","calendar":"cn-standard",
             "targets":[{"code":"RES-P1","metric":"RESOLUTION","priority":"P1","duration":"PT2H"},
                        {"code":"UP","metric":"AVAILABILITY","percent":99.50},
                        {"code":"FAIL","metric":"FAILURE_COUNT","count":2,"period":"P3M"}]}"""));
    private final Terms ola = StoredTerms.of(document("""
            {"type":"OLA","code":"OLA-DESK","name":"D","calendar":"cn-standard","team":"DESK",
             "targets":[{"code":"T1","metric":"RESOLUTION","priority":"P1","duration":"PT3H",
                         "underpins":[{"agreement":"SLA-CUST-A","target":"RES-P1"}]}]}"""));

    @Test
    void aTaskSaysWhatIsWrongInTheReadersLanguage() {
        Target before = taking(target(sla, "RES-P1"), "PT4H");
        Reason why = Notices.slaTargetChanged("SLA-CUST-A", before, Optional.of(target(sla, "RES-P1")), "OLA-DESK",
                target(ola, "T1"));
        Reason task = StoredReason.read(StoredReason.write(Notices.revise(ola.type(), "OLA-DESK", why)));

        assertThat(why.code()).isEqualTo("agreement.revision.nowWeaker");
        assertThat(text(task, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("OLA OLA-DESK 需要修订：OLA-DESK P1 解决时间 3 小时，现弱于 SLA-CUST-A 的 2 小时。");
        assertThat(text(task, Locale.ENGLISH))
                .isEqualTo("OLA OLA-DESK needs revision: OLA-DESK P1 resolution 3 h is now weaker than SLA-CUST-A's 2 h.");
    }

    @Test
    void aChangedTargetThatItsUnderpinningStillMeetsIsReadOutBeforeAndAfter() {
        Target before = taking(target(sla, "RES-P1"), "PT1H30M");
        Reason why = Notices.slaTargetChanged("SLA-CUST-A", before, Optional.of(target(sla, "RES-P1")), "OLA-DESK",
                taking(target(ola, "T1"), "PT1H"));

        assertThat(text(why, Locale.SIMPLIFIED_CHINESE)).isEqualTo("SLA 目标 SLA-CUST-A/RES-P1 已变更：P1 解决时间 1 小时 30 分钟 → P1 解决时间 2 小时。");
        assertThat(text(why, Locale.ENGLISH)).isEqualTo("SLA target SLA-CUST-A/RES-P1 changed: P1 resolution 1 h 30 min → P1 resolution 2 h.");
    }

    @Test
    void aRefusalNamesBothTargetsInWords() {
        Terms weak = StoredTerms.of(document("""
                {"type":"OLA","code":"OLA-X","name":"X","calendar":"cn-standard","team":"DESK",
                 "targets":[{"code":"T1","metric":"RESOLUTION","priority":"P1","duration":"PT6H",
                             "underpins":[{"agreement":"SLA-CUST-A","target":"RES-P1"}]}]}"""));
        List<Reason> refused = new AgreementRules(code -> Optional.of(sla)).violations(weak);

        assertThat(text(refused.get(0), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("OLA 目标 OLA-X/T1（P1 解决时间 6 小时）弱于其支撑的 SLA 目标 SLA-CUST-A/RES-P1（P1 解决时间 2 小时）：时间不得长于 SLA。");
        assertThat(text(refused.get(0), Locale.ENGLISH)).doesNotContain("PT6H", "RESOLUTION");
    }

    @Test
    void percentagesAndCountsPerPeriodAreReadOut() {
        assertThat(text(Words.target(target(sla, "UP")), Locale.SIMPLIFIED_CHINESE)).isEqualTo("可用率 99.5%");
        assertThat(text(Words.target(target(sla, "FAIL")), Locale.ENGLISH)).isEqualTo("failures 2 per 3 mo");
        assertThat(text(Words.target(target(sla, "FAIL")), Locale.SIMPLIFIED_CHINESE)).isEqualTo("故障次数 每 3 个月 2 次");
    }

    @Test
    void linesStoredBeforeReasonsWereKeyedAreStillShown() {
        assertThat(text(StoredReason.read("OLA X needs revision"), Locale.ENGLISH)).isEqualTo("OLA X needs revision");
        assertThat(StoredReason.read("agreement.revision.targetRemoved\tSLA target {0} ({1}) was removed\tA/B\tRES")
                .args()).containsExactly("A/B", "RES");
    }

    private static Target target(Terms terms, String code) {
        return terms.target(code).orElseThrow();
    }

    /** The same target asking another time. */
    private static Target taking(Target t, String duration) {
        return new Target(t.code(), t.metric(), t.priority(), t.category(), java.time.Duration.parse(duration), t.percent(),
                t.count(), t.period(), t.calendar(), t.warnings(), t.underpins(), t.pauseWhen());
    }

    private static String text(Reason reason, Locale locale) {
        return MESSAGES.getMessage(reason, locale);
    }
}
