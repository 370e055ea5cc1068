package io.serval.agreement.internal;

import static io.serval.agreement.internal.TestDocuments.FULL_SLA;
import static io.serval.agreement.internal.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.serval.agreement.AgreementDocument;
import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an incoming agreement document may hold: every field, in sane domain ranges; every bad field named at once. */
class DocumentValidatorTest {

    private final TestDocuments.World world = new TestDocuments.World();

    @Test
    void aFullDocumentPassesAndIsStoredAsGiven() {
        AgreementDocument full = document(FULL_SLA);
        assertThat(DocumentValidator.normalised(full, world)).isEqualTo(full);
    }

    @Test
    void normalisingTwiceChangesNothing() {
        AgreementDocument once = DocumentValidator.normalised(document("""
                {"type":"sla","code":"S","nameZh":" 服务 ","nameEn":" S ","calendar":"cn-standard","customer":"CUST-A","parent":"CORP",
                 "priorityMatrix":[{"impact":"low","urgency":"low","priority":"p5"},{"impact":"HIGH","urgency":"HIGH","priority":"P1"}],
                 "targets":[{"code":"T","metric":"resolution","priority":"p1","duration":"1d 2h"},
                            {"code":"F","metric":"FAILURE_COUNT","count":2}],
                 "warningRules":[{"code":"W","level":"warning","complaintsAtLeast":3}],
                 "escalations":[{"atPercent":80,"recipients":["assignee","ASSIGNEE"]}],
                 "plannedOutages":[{"from":"2026-12-12T22:00:00","to":"2026-12-13T02:00"}],
                 "exceptions":"line one\\r\\nline two"}"""), world);

        assertThat(once.type()).isEqualTo("SLA");
        assertThat(once.nameZh()).isEqualTo("服务");
        assertThat(once.nameEn()).isEqualTo("S");
        assertThat(once.level()).isEqualTo("CUSTOMER");
        assertThat(once.currency()).isEqualTo("CNY");
        assertThat(once.priorityMatrix()).extracting(c -> c.impact() + "/" + c.urgency() + "=" + c.priority())
                .containsExactly("HIGH/HIGH=P1", "LOW/LOW=P5");
        assertThat(once.targets()).extracting(t -> t.metric() + " " + t.priority() + " " + t.duration() + " " + t.period())
                .containsExactly("RESOLUTION P1 PT26H null", "FAILURE_COUNT null null P1M");
        assertThat(once.targets().get(0).warnings()).containsExactly(50, 75, 90);
        assertThat(once.warningRules().get(0).level()).isEqualTo("WARNING");
        assertThat(once.warningRules().get(0).period()).isEqualTo("MONTH");
        assertThat(once.escalations().get(0).recipients()).containsExactly("ASSIGNEE");
        assertThat(once.plannedOutages().get(0).from()).isEqualTo("2026-12-12T22:00");
        assertThat(once.exceptions()).isEqualTo("line one\nline two");
        assertThat(DocumentValidator.normalised(once, world)).isEqualTo(once);
    }

    @ParameterizedTest(name = "{0} = {1} is refused as {3}")
    @CsvSource(delimiter = '|', textBlock = """
            targets[0].duration        | "99999999999999999999h"  | T  | agreement.target.duration
            targets[0].duration        | "PT99999999999999999999H"| T  | agreement.target.duration
            targets[0].duration        | "PT0S"                   | T  | agreement.target.duration
            targets[0].duration        | "1100d"                  | T  | agreement.target.duration.tooLong
            targets[0].percent         | 100.001                  | A  | agreement.target.percent
            targets[0].percent         | 0                        | A  | agreement.target.percent
            targets[0].percent         | 99.9995                  | A  | agreement.percent.decimals
            targets[0].count           | 1001                     | F  | agreement.target.count
            targets[0].count           | -1                       | F  | agreement.target.count
            targets[0].period          | "P9999Y"                 | F  | agreement.target.period.range
            targets[0].period          | "P0D"                    | F  | agreement.target.period
            targets[0].warnings        | [90,50]                  | T  | agreement.warnings.invalid
            targets[0].warnings        | [10,20,30,40,50,60]      | T  | agreement.warnings.invalid
            targets[0].metric          | "SPEED"                  | T  | agreement.enum.invalid
            targets[0].priority        | "P9"                     | T  | agreement.priority.invalid
            targets[0].category        | "a-category-name-that-is-far-too-long-to-be-one" | T | validation.tooLong
            monthlyFee                 | 1e400                    | -  | agreement.amount.range
            monthlyFee                 | 0.001                    | -  | agreement.amount.range
            monthlyFee                 | 1000000000000            | -  | agreement.amount.range
            monthlyFee                 | -1                       | -  | agreement.amount.negative
            currency                   | "USD"                    | -  | agreement.currency.invalid
            validFrom                  | "1999-12-31"             | -  | agreement.date.range
            validFrom                  | "someday"                | -  | agreement.date.invalid
            penalties[0].trigger       | "WHENEVER"               | P  | agreement.penalty.trigger.invalid
            penalties[0].fixedAmount   | 0.005                    | P  | agreement.amount.range
            penalties[0].capPercentOfFee | 101                    | P  | agreement.percent.range
            escalations[0].recipients  | ["BOSS"]                 | E  | agreement.escalation.notify
            escalations[0].atPercent   | 201                      | E  | agreement.escalation.percent
            escalations[0].metric      | "AVAILABILITY"           | E  | agreement.escalation.metric.invalid
            escalations[0].metric      | "SPEED"                  | E  | agreement.escalation.metric.invalid
            targets[0].pauseWhen       | ["PENDING_MANAGER"]      | T  | agreement.target.pauseWhen.invalid
            targets[0].pauseWhen       | ["PENDING_SUPPLIER"]     | A  | agreement.target.pauseWhen.noClock
            warningRules[0].complaintsAtLeast | 0                 | W  | agreement.warningRule.count
            plannedOutages[0].from     | "2026-13-01T00:00"       | O  | agreement.dateTime.invalid
            """)
    void outOfRangeValuesAreRefusedNamingTheirField(String field, String json, String row, String code) {
        assertThat(problemsOf(withValue(field, json, row))).containsEntry(field, code);
    }

    @Test
    void clockRulesAreSetsOfWordsAndAPauseRuleIsForAClocksTimeOnly() {
        AgreementDocument stored = DocumentValidator.normalised(document("""
                {"type":"SLA","code":"S","name":"S","calendar":"24x7",
                 "targets":[{"code":"R","metric":"RESOLUTION","duration":"PT4H","pauseWhen":[" pending_supplier","PENDING_CUSTOMER","PENDING_SUPPLIER"]},
                            {"code":"Q","metric":"RESPONSE","duration":"PT1H","pauseWhen":"PENDING_CUSTOMER"},
                            {"code":"W","metric":"WORK_ORDER_COMPLETION","duration":"PT8H"}],
                 "escalations":[{"atPercent":75,"recipients":["ASSIGNEE"]},
                                {"atPercent":75,"metric":"resolution","recipients":["GROUP_LEAD"],"quietHours":true},
                                {"atPercent":75,"metric":"RESPONSE","recipients":["GROUP_LEAD"]}]}"""), world);

        assertThat(stored.targets()).extracting(t -> t.code() + " " + t.pauseWhen())
                .containsExactly("R [PENDING_CUSTOMER, PENDING_SUPPLIER]", "Q [PENDING_CUSTOMER]", "W []");
        assertThat(stored.escalations()).extracting(e -> e.atPercent() + " " + e.metric() + " " + e.quietHours())
                .as("the same share of every metric, of resolution and of response: three rules")
                .containsExactly("75 null false", "75 RESOLUTION true", "75 RESPONSE false");
        assertThat(DocumentValidator.normalised(stored, world)).isEqualTo(stored);

        assertThat(problemsOf("""
                {"type":"SLA","code":"S","name":"S","calendar":"24x7",
                 "escalations":[{"atPercent":75,"metric":"RESOLUTION","recipients":["ASSIGNEE"]},
                                {"atPercent":75,"recipients":["ASSIGNEE"]},
                                {"atPercent":75,"metric":"RESOLUTION","recipients":["DUTY_MANAGER"]},
                                {"atPercent":75,"recipients":["GROUP_LEAD"]}]}"""))
                .containsOnly(Map.entry("escalations[2].atPercent", "agreement.escalation.duplicateForMetric"),
                        Map.entry("escalations[3].atPercent", "agreement.escalation.duplicate"));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Map<String, String> problems = problemsOf("""
                {"type":"OLA","code":"bad one","name":"","calendar":"mars","team":"CUST-A","monthlyFee":1e400,
                 "targets":[{"code":"T1","metric":"RESOLUTION","duration":"99999999999999999999h"},
                            {"code":"T1","metric":"RESOLUTION","duration":"PT1H","underpins":[{"agreement":"NOPE","target":"X"}]}]}""");
        assertThat(problems.keySet()).contains("code", "nameZh", "nameEn", "calendar", "team", "monthlyFee", "targets[0].duration",
                "targets[1].code", "targets[1].underpins[0]");
    }

    @Test
    void aDocumentWithOneNameIsNamedByItInBothLanguagesAndStoredWithoutIt() {
        AgreementDocument stored = DocumentValidator.normalised(document("""
                {"type":"SLA","code":"S","name":"服务台 Service desk","calendar":"24x7"}"""), world);
        assertThat(stored.name()).isNull();
        assertThat(stored.nameZh()).isEqualTo("服务台 Service desk");
        assertThat(stored.nameEn()).isEqualTo("服务台 Service desk");

        AgreementDocument named = DocumentValidator.normalised(document("""
                {"type":"SLA","code":"S","name":"Shown name","nameEn":"Service desk","calendar":"24x7"}"""), world);
        assertThat(named.nameZh()).isNull();
        assertThat(named.nameEn()).isEqualTo("Service desk");
    }

    @Test
    void aNameIsOneLineThatFitsItsColumnInEitherLanguage() {
        assertThat(problemsOf("""
                {"type":"SLA","code":"S","nameZh":"%s","nameEn":"two\\nlines","calendar":"24x7"}""".formatted("长".repeat(201))))
                .containsEntry("nameZh", "validation.tooLong").containsEntry("nameEn", "validation.singleLine");
    }

    @Test
    void longListsAndLongTextsAreRefused() {
        String targets = String.join(",", java.util.Collections.nCopies(101,
                "{\"code\":\"T\",\"metric\":\"RESOLUTION\",\"duration\":\"PT1H\"}"));
        assertThat(problemsOf("{\"type\":\"SLA\",\"code\":\"S\",\"name\":\"S\",\"calendar\":\"24x7\",\"targets\":[" + targets + "]}"))
                .containsEntry("targets", "agreement.list.tooLong");
        assertThat(problemsOf("{\"type\":\"SLA\",\"code\":\"S\",\"name\":\"" + "x".repeat(201)
                + "\",\"calendar\":\"24x7\",\"exceptions\":\"" + "y".repeat(4001) + "\"}"))
                .containsEntry("name", "validation.tooLong").containsEntry("exceptions", "validation.tooLong");
    }

    /** The full SLA with one field's JSON value replaced; {@code row} names the list row it sits in. */
    private static String withValue(String field, String json, String row) {
        String base = """
                {"type":"SLA","code":"S","name":"S","calendar":"cn-standard","customer":"CUST-A","parent":"CORP",
                 "targets":[%s],
                 "penalties":[{"code":"P","trigger":"TARGET_BREACH","fixedAmount":100}],
                 "escalations":[{"atPercent":75,"recipients":["ASSIGNEE"]}],
                 "warningRules":[{"code":"W","level":"WARNING","complaintsAtLeast":3}],
                 "plannedOutages":[{"from":"2026-12-12T22:00","to":"2026-12-13T02:00"}]}""".formatted(switch (row) {
            case "A" -> "{\"code\":\"A\",\"metric\":\"AVAILABILITY\",\"percent\":99}";
            case "F" -> "{\"code\":\"F\",\"metric\":\"FAILURE_COUNT\",\"count\":3}";
            default -> "{\"code\":\"T\",\"metric\":\"RESOLUTION\",\"priority\":\"P1\",\"duration\":\"PT4H\"}";
        });
        var tree = TestDocuments.JSON.readTree(base);
        String[] path = field.replace("[0]", "").split("\\.");
        var node = (tools.jackson.databind.node.ObjectNode) (path.length == 1 ? tree : tree.get(path[0]).get(0));
        node.set(path[path.length - 1], TestDocuments.JSON.readTree(json));
        return tree.toString();
    }

    private Map<String, String> problemsOf(String json) {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> DocumentValidator.validate(document(json), world));
        assertThat(invalid).as("refused").isNotNull();
        List<FieldProblem> problems = invalid.problems();
        return problems.stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::code, (a, b) -> a));
    }
}
