package io.serval.agreement.internal;

import io.serval.core.ShortDurations;
import io.serval.agreement.AgreementDocument;
import io.serval.agreement.AgreementDocument.EscalationRule;
import io.serval.agreement.AgreementDocument.PenaltyClause;
import io.serval.agreement.AgreementDocument.PlannedOutage;
import io.serval.agreement.AgreementDocument.PriorityCell;
import io.serval.agreement.AgreementDocument.Signatory;
import io.serval.agreement.AgreementDocument.TargetSpec;
import io.serval.agreement.AgreementDocument.UnderpinRef;
import io.serval.agreement.AgreementDocument.WarningRule;
import io.serval.agreement.Metric;
import io.serval.core.FieldProblem;
import io.serval.core.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The agreement form: what was typed, as text, bound by constructor from the request. It holds an input for every
 * field of {@link AgreementDocument}, so that editing keeps what it does not change; {@link #read()} turns it into
 * a document with the domain's own parsers ({@link Values}), which {@link DocumentValidator} then checks as it
 * checks the API's. Paths match the document's ({@code targets[1].duration}) so that errors land on their inputs.
 * A target's value is one input read by its metric: a time ({@code 4h}, {@code PT4H}), a percentage, or a count
 * per period ({@code 3/P3M}).
 */
public record AgreementForm(String type, String code, String nameZh, String nameEn, String level, String parent,
        String party, List<String> services, String validFrom, String validTo, String calendar, String monthlyFee,
        String currency, Map<String, String> matrix, List<TargetRow> targets, List<PenaltyRow> penalties,
        List<WarningRuleRow> warningRules, List<EscalationRow> escalations, List<OutageRow> plannedOutages,
        List<SignatoryRow> signatories, String customerResponsibilities, String complaintProcedure,
        String workloadLimits, String financialTerms, String exceptions, String version) {

    private static final Map<String, String> DEFAULT_MATRIX = Map.of("HIGH/HIGH", "P1", "HIGH/MEDIUM", "P2",
            "HIGH/LOW", "P3", "MEDIUM/HIGH", "P2", "MEDIUM/MEDIUM", "P3", "MEDIUM/LOW", "P4", "LOW/HIGH", "P3",
            "LOW/MEDIUM", "P4", "LOW/LOW", "P5");

    public AgreementForm {
        services = services == null ? List.of() : services;
        matrix = matrix == null ? Map.of() : matrix;
        targets = targets == null ? List.of() : targets;
        penalties = penalties == null ? List.of() : penalties;
        warningRules = warningRules == null ? List.of() : warningRules;
        escalations = escalations == null ? List.of() : escalations;
        plannedOutages = plannedOutages == null ? List.of() : plannedOutages;
        signatories = signatories == null ? List.of() : signatories;
    }

    /** What a new agreement of this type starts with: the usual priority grid, one target, the usual escalation. */
    static AgreementForm blank(String type) {
        return new AgreementForm(type, null, null, null, null, null, null, List.of(), null, null, "cn-standard", null,
                Vocabulary.CURRENCY, DEFAULT_MATRIX, List.of(TargetRow.BLANK), List.of(), List.of(),
                List.of(new EscalationRow("75", null, List.of("ASSIGNEE", "GROUP_LEAD"), null),
                        new EscalationRow("100", null, List.of("DUTY_MANAGER", "SERVICE_LEVEL_MANAGER"), null)),
                List.of(), List.of(), null, null, null, null, null, null);
    }

    /** The form showing a stored document, every field of it. */
    static AgreementForm of(AgreementDocument d, long version) {
        String party = switch (d.type()) {
            case "OLA" -> d.team();
            case "UC" -> d.provider();
            default -> d.customer();
        };
        Map<String, String> matrix = new LinkedHashMap<>();
        d.priorityMatrix().forEach(c -> matrix.put(c.impact() + "/" + c.urgency(), c.priority()));
        return new AgreementForm(d.type(), d.code(), d.nameZh(), d.nameEn(), d.level(), d.parent(), party, d.services(),
                d.validFrom(), d.validTo(), d.calendar(), plain(d.monthlyFee()), d.currency(), matrix,
                d.targets().stream().map(TargetRow::of).toList(), d.penalties().stream().map(PenaltyRow::of).toList(),
                d.warningRules().stream().map(WarningRuleRow::of).toList(),
                d.escalations().stream().map(EscalationRow::of).toList(),
                d.plannedOutages().stream().map(OutageRow::of).toList(),
                d.signatories().stream().map(SignatoryRow::of).toList(), d.customerResponsibilities(),
                d.complaintProcedure(), d.workloadLimits(), d.financialTerms(), d.exceptions(), String.valueOf(version));
    }

    /** The same form for another agreement code (the edit page's code comes from its address). */
    AgreementForm withCode(String newCode) {
        return new AgreementForm(type, newCode, nameZh, nameEn, level, parent, party, services, validFrom, validTo,
                calendar, monthlyFee, currency, matrix, targets, penalties, warningRules, escalations, plannedOutages,
                signatories, customerResponsibilities, complaintProcedure, workloadLimits, financialTerms, exceptions,
                version);
    }

    /** An empty row of each list, for the form's templates of new rows. */
    static Map<String, Object> blankRows() {
        return Map.of("targets", TargetRow.BLANK, "penalties", PenaltyRow.BLANK, "warningRules", WarningRuleRow.BLANK,
                "escalations", EscalationRow.BLANK, "plannedOutages", OutageRow.BLANK, "signatories", SignatoryRow.BLANK);
    }

    /** The document the form describes, and the inputs that are not numbers where numbers belong. */
    public record Read(AgreementDocument document, List<FieldProblem> problems) {
    }

    Read read() {
        Numbers numbers = new Numbers();
        AgreementDocument document = new AgreementDocument(type, Texts.blankToNull(code), null, nameZh, nameEn,
                Texts.blankToNull(level), Texts.blankToNull(parent), "SLA".equals(type) ? Texts.blankToNull(party) : null,
                "OLA".equals(type) ? Texts.blankToNull(party) : null, "UC".equals(type) ? Texts.blankToNull(party) : null,
                services, Texts.blankToNull(validFrom), Texts.blankToNull(validTo), calendar, cells(),
                rows(targets, TargetRow::blank, (t, path) -> t.spec(path, numbers)),
                rows(penalties, PenaltyRow::blank, (p, path) -> p.clause(path, numbers)),
                rows(warningRules, WarningRuleRow::blank, (w, path) -> w.rule(path, numbers)),
                rows(escalations, EscalationRow::blank, (e, path) -> e.rule(path, numbers)),
                numbers.decimal(monthlyFee, "monthlyFee"), currency,
                rows(plannedOutages, OutageRow::blank, (o, path) -> o.outage()),
                customerResponsibilities, complaintProcedure, workloadLimits, financialTerms, exceptions,
                rows(signatories, SignatoryRow::blank, (s, path) -> s.signatory()),
                Values.integer(version).map(Integer::longValue).orElse(null));
        return new Read(document, List.copyOf(numbers.problems));
    }

    // the party's input answers for the field name the document gives it, so that its errors land on it
    public String getCustomer() {
        return party;
    }

    public String getTeam() {
        return party;
    }

    public String getProvider() {
        return party;
    }

    /** The grid's cells in its own order (impact, then urgency); an empty cell is no cell. */
    private List<PriorityCell> cells() {
        return Vocabulary.IMPACTS.stream().flatMap(impact -> Vocabulary.IMPACTS.stream()
                .filter(urgency -> Texts.blankToNull(matrix.get(impact + "/" + urgency)) != null)
                .map(urgency -> new PriorityCell(impact, urgency, matrix.get(impact + "/" + urgency)))).toList();
    }

    /** The rows left filled in, each read under its path ({@code targets[0]}); a row left empty is no row. */
    private static <R, T> List<T> rows(List<R> rows, Predicate<R> blank, BiFunction<R, String, T> reader) {
        List<R> filled = rows.stream().filter(r -> r != null && !blank.test(r)).toList();
        List<T> read = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            read.add(reader.apply(filled.get(i), "[" + i + "]"));
        }
        return read;
    }

    /**
     * One target; {@code value} holds its duration, percentage or count per period; {@code pauseWhen} the phases ticked
     * (none: the metric's default).
     */
    public record TargetRow(String code, String metric, String priority, String category, String value, String calendar,
            String warnings, String underpins, List<String> pauseWhen) {

        static final TargetRow BLANK = new TargetRow(null, Metric.RESOLUTION.name(), null, null, null, null, "50, 75, 90",
                null, List.of());

        public TargetRow {
            pauseWhen = pauseWhen == null ? List.of() : pauseWhen;
        }

        static TargetRow of(TargetSpec t) {
            String value = t.duration() != null ? t.duration()
                    : t.percent() != null ? t.percent().toPlainString()
                    : t.count() == null ? null : t.count() + (t.period() == null ? "" : "/" + t.period());
            return new TargetRow(t.code(), t.metric(), t.priority(), t.category(), value, t.calendar(),
                    t.warnings().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    t.underpins().stream().map(u -> u.agreement() + "/" + u.target()).collect(Collectors.joining(", ")),
                    t.pauseWhen());
        }

        boolean blank() {
            return Texts.blankToNull(code) == null && Texts.blankToNull(value) == null;
        }

        TargetSpec spec(String index, Numbers numbers) {
            String path = "targets" + index;
            String v = Texts.blankToNull(value);
            Metric.ValueKind kind = Arrays.stream(Metric.values()).filter(m -> m.name().equalsIgnoreCase(Texts.blankToNull(metric)))
                    .findFirst().map(Metric::kind).orElse(Metric.ValueKind.DURATION);
            BigDecimal percent = kind == Metric.ValueKind.PERCENT ? numbers.decimal(v, path + ".percent") : null;
            Integer count = null;
            String period = null;
            if (kind == Metric.ValueKind.COUNT && v != null) {
                String[] countPer = v.split("/", 2);
                count = numbers.integer(countPer[0], path + ".count");
                period = countPer.length > 1 ? Texts.blankToNull(countPer[1]) : null;
            }
            return new TargetSpec(code, metric, Texts.blankToNull(priority), Texts.blankToNull(category),
                    kind == Metric.ValueKind.DURATION ? v : null, percent, count, period, Texts.blankToNull(calendar),
                    numbers.integers(warnings, path + ".warnings"), words(underpins).stream().map(ref -> {
                        String[] slaTarget = ref.split("/", 2);
                        return new UnderpinRef(slaTarget[0], slaTarget.length > 1 ? slaTarget[1] : null);
                    }).toList(), pauseWhen);
        }

        // errors name the value by the metric's kind (targets[0].duration, .percent, .count, .period): all are this input
        public String getDuration() {
            return value;
        }

        public String getPercent() {
            return value;
        }

        public String getCount() {
            return value;
        }

        public String getPeriod() {
            return value;
        }
    }

    public record PenaltyRow(String code, String trigger, String metric, String fixedAmount, String perStartedHour,
            String percentOfFee, String capPercentOfFee, String description) {

        static final PenaltyRow BLANK = new PenaltyRow(null, null, null, null, null, null, null, null);

        static PenaltyRow of(PenaltyClause p) {
            return new PenaltyRow(p.code(), p.trigger(), p.metric(), plain(p.fixedAmount()), plain(p.perStartedHour()),
                    plain(p.percentOfFee()), plain(p.capPercentOfFee()), p.description());
        }

        boolean blank() {
            return allBlank(code, fixedAmount, perStartedHour, percentOfFee, capPercentOfFee, description);
        }

        PenaltyClause clause(String index, Numbers numbers) {
            String path = "penalties" + index;
            return new PenaltyClause(code, trigger, Texts.blankToNull(metric), numbers.decimal(fixedAmount, path + ".fixedAmount"),
                    numbers.decimal(perStartedHour, path + ".perStartedHour"), numbers.decimal(percentOfFee, path + ".percentOfFee"),
                    numbers.decimal(capPercentOfFee, path + ".capPercentOfFee"), description);
        }
    }

    public record WarningRuleRow(String code, String level, String onTimeRateBelow, String complaintsAtLeast,
            String breachesAtLeast, String period) {

        static final WarningRuleRow BLANK = new WarningRuleRow(null, null, null, null, null, null);

        static WarningRuleRow of(WarningRule w) {
            return new WarningRuleRow(w.code(), w.level(), plain(w.onTimeRateBelow()), text(w.complaintsAtLeast()),
                    text(w.breachesAtLeast()), w.period());
        }

        boolean blank() {
            return allBlank(code, onTimeRateBelow, complaintsAtLeast, breachesAtLeast);
        }

        WarningRule rule(String index, Numbers numbers) {
            String path = "warningRules" + index;
            return new WarningRule(code, level, numbers.decimal(onTimeRateBelow, path + ".onTimeRateBelow"),
                    numbers.integer(complaintsAtLeast, path + ".complaintsAtLeast"),
                    numbers.integer(breachesAtLeast, path + ".breachesAtLeast"), period);
        }
    }

    /**
     * Who is told when a clock reaches a share of its target (of one metric's, or blank: of every metric's);
     * recipients chosen from a list; {@code quietHours} "true" when ticked.
     */
    public record EscalationRow(String atPercent, String metric, List<String> recipients, String quietHours) {

        static final EscalationRow BLANK = new EscalationRow(null, null, List.of(), null);

        public EscalationRow {
            recipients = recipients == null ? List.of() : recipients;
        }

        static EscalationRow of(EscalationRule e) {
            return new EscalationRow(text(e.atPercent()), e.metric(), e.recipients(), e.quietHours() ? "true" : null);
        }

        boolean blank() {
            return Texts.blankToNull(atPercent) == null && recipients.isEmpty();
        }

        EscalationRule rule(String index, Numbers numbers) {
            return new EscalationRule(numbers.integer(atPercent, "escalations" + index + ".atPercent"), Texts.blankToNull(metric),
                    recipients, "true".equals(quietHours));
        }
    }

    public record OutageRow(String from, String to, String description) {

        static final OutageRow BLANK = new OutageRow(null, null, null);

        static OutageRow of(PlannedOutage o) {
            return new OutageRow(o.from(), o.to(), o.description());
        }

        boolean blank() {
            return allBlank(from, to, description);
        }

        PlannedOutage outage() {
            return new PlannedOutage(from, to, description);
        }
    }

    public record SignatoryRow(String name, String role, String organisation, String signedOn) {

        static final SignatoryRow BLANK = new SignatoryRow(null, null, null, null);

        static SignatoryRow of(Signatory s) {
            return new SignatoryRow(s.name(), s.role(), s.organisation(), s.signedOn());
        }

        boolean blank() {
            return allBlank(name, role, organisation, signedOn);
        }

        Signatory signatory() {
            return new Signatory(name, role, organisation, Texts.blankToNull(signedOn));
        }
    }

    /** Reads numbers with the domain's parser, noting each input that is not one. */
    static final class Numbers {

        private final List<FieldProblem> problems = new ArrayList<>();

        BigDecimal decimal(String text, String field) {
            return read(text, field, Values.decimal(text));
        }

        Integer integer(String text, String field) {
            return read(text, field, Values.integer(text));
        }

        List<Integer> integers(String text, String field) {
            List<Integer> values = new ArrayList<>();
            for (String word : words(text)) {
                Integer value = integer(word, field);
                if (value == null) {
                    return List.of();
                }
                values.add(value);
            }
            return values;
        }

        private <N> N read(String text, String field, Optional<N> number) {
            if (Texts.blankToNull(text) != null && number.isEmpty()) {
                problems.add(FieldProblem.of(field, "agreement.form.number", "''{0}'' is not a number", text.trim()));
            }
            return number.orElse(null);
        }
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(w -> !w.isBlank()).toList();
    }

    private static boolean allBlank(String... texts) {
        return Stream.of(texts).allMatch(t -> Texts.blankToNull(t) == null);
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }
}
