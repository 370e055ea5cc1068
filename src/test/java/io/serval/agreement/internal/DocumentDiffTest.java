package io.serval.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.agreement.VersionDiff;
import io.serval.core.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The differences between two versions, matched by what identifies each row and read out in words. */
class DocumentDiffTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void reorderedListsAreNoChange() {
        assertThat(diff("""
                {"name":"A","services":["EMAIL","ERP"],
                 "targets":[{"code":"X","duration":"PT4H","underpins":[{"agreement":"S","target":"A"},{"agreement":"S","target":"B"}]},
                            {"code":"Y","duration":"PT8H"}],
                 "priorityMatrix":[{"impact":"HIGH","urgency":"HIGH","priority":"P1"},{"impact":"LOW","urgency":"LOW","priority":"P5"}],
                 "escalations":[{"atPercent":75,"recipients":["ASSIGNEE","GROUP_LEAD"]},{"atPercent":100,"recipients":["DUTY_MANAGER"]}],
                 "signatories":[{"name":"Li"},{"name":"Wang"}]}""", """
                {"name":"A","services":["ERP","EMAIL"],
                 "targets":[{"code":"Y","duration":"PT8H"},
                            {"code":"X","duration":"PT4H","underpins":[{"agreement":"S","target":"B"},{"agreement":"S","target":"A"}]}],
                 "priorityMatrix":[{"impact":"LOW","urgency":"LOW","priority":"P5"},{"impact":"HIGH","urgency":"HIGH","priority":"P1"}],
                 "escalations":[{"atPercent":100,"recipients":["DUTY_MANAGER"]},{"atPercent":75,"recipients":["GROUP_LEAD","ASSIGNEE"]}],
                 "signatories":[{"name":"Wang"},{"name":"Li"}]}""")).isEmpty();
    }

    @Test
    void aChangedTargetIsNamedAndReadOut() {
        assertThat(diff("""
                {"targets":[{"code":"X","metric":"RESOLUTION","duration":"PT4H"}],"level":"CUSTOMER"}""", """
                {"targets":[{"code":"X","metric":"RESOLUTION","duration":"PT2H30M"}],"level":"SERVICE"}"""))
                .containsExactly(
                        new VersionDiff.Change("targets[X].duration", "PT4H", "PT2H30M", "Target X: Target", "4 h", "2 h 30 min"),
                        new VersionDiff.Change("level", "CUSTOMER", "SERVICE", "Level", "Customer", "Service"));
    }

    @Test
    void addedAndRemovedRowsShowEveryFieldAndWordsAreTranslated() {
        List<VersionDiff.Change> changes = diff("""
                {"escalations":[{"atPercent":75,"recipients":["ASSIGNEE"]}],
                 "priorityMatrix":[{"impact":"HIGH","urgency":"LOW","priority":"P3"}]}""", """
                {"escalations":[{"atPercent":75,"recipients":["ASSIGNEE","DUTY_MANAGER"]}],
                 "priorityMatrix":[{"impact":"HIGH","urgency":"LOW","priority":"P2"}],
                 "penalties":[{"code":"LATE","trigger":"LATE_WORK_ORDER","fixedAmount":200}]}""");

        assertThat(changes).extracting(VersionDiff.Change::field).containsExactly("escalations[75].recipients",
                "priorityMatrix[HIGH/LOW]", "penalties[LATE].code", "penalties[LATE].trigger", "penalties[LATE].fixedAmount");
        assertThat(changes.get(0).afterText()).isEqualTo("Assignee, Duty manager");
        assertThat(changes.get(1).label()).isEqualTo("Priority for impact High and urgency Low");
        assertThat(changes.get(3).afterText()).isEqualTo("Work order late");
        assertThat(changes.get(3).beforeText()).isNull();
    }

    @Test
    void clockRulesAreChangesInWordsAndAnUntickedBoxIsNoValue() {
        List<VersionDiff.Change> changes = diff("""
                {"targets":[{"code":"R","metric":"RESOLUTION","duration":"PT4H"}],
                 "escalations":[{"atPercent":75,"recipients":["ASSIGNEE"]},
                                {"atPercent":50,"metric":"RESOLUTION","recipients":["ASSIGNEE"]}]}""", """
                {"targets":[{"code":"R","metric":"RESOLUTION","duration":"PT4H","pauseWhen":["PENDING_SUPPLIER","PENDING_CUSTOMER"]}],
                 "escalations":[{"atPercent":75,"recipients":["ASSIGNEE"],"quietHours":false},
                                {"atPercent":50,"metric":"RESOLUTION","recipients":["ASSIGNEE"],"quietHours":true},
                                {"atPercent":75,"metric":"RESPONSE","recipients":["GROUP_LEAD"],"quietHours":false}]}""");

        assertThat(changes).extracting(c -> c.field() + ": " + c.label() + ": " + c.beforeText() + " → " + c.afterText()).containsExactly(
                "targets[R].pauseWhen: Target R: Pauses while: null → pending customer, pending supplier",
                "escalations[RESOLUTION/50].quietHours: Escalation at 50 % of a resolution target: Quiet hours: null → yes",
                "escalations[RESPONSE/75].atPercent: Escalation at 75 % of a response target: At % of the target: null → 75",
                "escalations[RESPONSE/75].metric: Escalation at 75 % of a response target: Metric: null → Response time",
                "escalations[RESPONSE/75].recipients: Escalation at 75 % of a response target: Notify: null → Group lead");
    }

    private List<VersionDiff.Change> diff(String before, String after) {
        return DocumentDiff.between(json.readTree(before), json.readTree(after), ReadOut::english);
    }

    /** The English bundle, as the application reads it. */
    private static final class ReadOut {

        private static final org.springframework.context.support.ResourceBundleMessageSource MESSAGES =
                new org.springframework.context.support.ResourceBundleMessageSource();

        static {
            MESSAGES.setBasenames("messages", "i18n/agreement/messages");
            MESSAGES.setDefaultEncoding("UTF-8");
            MESSAGES.setFallbackToSystemLocale(false);
        }

        static String english(Reason reason) {
            return MESSAGES.getMessage(reason, java.util.Locale.ENGLISH);
        }
    }
}
