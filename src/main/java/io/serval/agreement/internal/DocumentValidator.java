package io.serval.agreement.internal;

import io.serval.agreement.AgreementDocument;
import io.serval.agreement.AgreementDocument.EscalationRule;
import io.serval.agreement.AgreementDocument.PenaltyClause;
import io.serval.agreement.AgreementDocument.PlannedOutage;
import io.serval.agreement.AgreementDocument.PriorityCell;
import io.serval.agreement.AgreementDocument.Signatory;
import io.serval.agreement.AgreementDocument.TargetSpec;
import io.serval.agreement.AgreementDocument.UnderpinRef;
import io.serval.agreement.AgreementDocument.WarningRule;
import io.serval.agreement.AgreementType;
import io.serval.agreement.Metric;
import io.serval.agreement.SlaLevel;
import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.LocalizedText;
import io.serval.core.Texts;
import io.serval.identity.OrganisationKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks an {@link AgreementDocument} someone entered (API or form), field by field, against sane domain ranges
 * and the rest of Serval, and answers its normalised form (defaults filled in, words in upper case, dates and
 * times in ISO-8601) as {@link Terms}. Every bad field is reported at once by its path, e.g.
 * {@code targets[1].duration} (400). Rules between agreements are {@link AgreementRules}' concern; stored
 * versions are read by {@link StoredTerms}, which never refuses.
 */
public final class DocumentValidator {

    static final List<Integer> DEFAULT_WARNINGS = List.of(50, 75, 90);
    /** A target time longer than this is a typing error, not a service level. */
    static final Duration LONGEST_TIME = Duration.ofDays(3 * 365);
    static final int LONGEST_PERIOD_DAYS = 366;
    static final int MOST_FAILURES = 1000;
    static final int MOST_COMPLAINTS_OR_BREACHES = 1000;
    static final int MONEY_DIGITS = 12;
    static final int MONEY_DECIMALS = 2;
    static final int TARGET_PERCENT_DECIMALS = 3;
    static final int RATE_DECIMALS = 2;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    static final int NAME_LENGTH = 200;
    static final int CATEGORY_LENGTH = 40;
    static final int NOTE_LENGTH = 500;
    static final int TEXT_LENGTH = 4000;
    static final int MOST_TARGETS = 100;
    static final int MOST_SERVICES = 200;
    static final int MOST_ROWS = 20;
    static final int MOST_OUTAGES = 100;
    static final int MOST_WARNINGS = 5;
    static final int HIGHEST_ESCALATION = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    private static final String CODE_HINT = "use 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Directory directory;
    private final List<FieldProblem> problems = new ArrayList<>();

    private DocumentValidator(Directory directory) {
        this.directory = directory;
    }

    /**
     * The terms of a document someone entered.
     *
     * @throws InvalidInputException naming every bad field
     */
    public static Terms validate(AgreementDocument document, Directory directory) {
        return StoredTerms.of(normalised(document, directory));
    }

    /** What is wrong with a document, field by field (nothing when it may be saved as far as its fields go). */
    public static List<FieldProblem> problems(AgreementDocument document, Directory directory) {
        DocumentValidator validator = new DocumentValidator(directory);
        validator.check(document);
        return List.copyOf(validator.problems);
    }

    /** The document as it will be stored, or the problems found; nothing else is checked. */
    static AgreementDocument normalised(AgreementDocument document, Directory directory) {
        DocumentValidator validator = new DocumentValidator(directory);
        AgreementDocument normalised = validator.check(document);
        if (!validator.problems.isEmpty()) {
            throw new InvalidInputException(validator.problems);
        }
        return normalised;
    }

    private AgreementDocument check(AgreementDocument d) {
        AgreementType type = enumeration(AgreementType.class, d.type(), "type", true);
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            problem("code", "agreement.code.invalid", CODE_HINT);
        }
        LocalizedText name = LocalizedText.entered("name", d.nameZh(), d.nameEn(), d.name(), NAME_LENGTH, true, problems);
        Optional<Terms> parent = parent(d, type);
        SlaLevel level = level(d, type, parent);
        String party = party(d, type, level, parent);
        List<String> services = services(d.services());
        LocalDate validFrom = date(d.validFrom(), "validFrom");
        LocalDate validTo = date(d.validTo(), "validTo");
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problem("validTo", "agreement.validTo.beforeFrom", "ends before it starts");
        }
        String calendar = calendar(d.calendar(), "calendar", true);
        List<PriorityCell> matrix = priorityMatrix(d.priorityMatrix());
        List<TargetSpec> targets = targets(d.targets(), type);
        List<PenaltyClause> penalties = rows(d.penalties(), "penalties", MOST_ROWS, this::penalty);
        unique(penalties, PenaltyClause::code, "penalties", "code", "agreement.penalty.code");
        List<WarningRule> warningRules = rows(d.warningRules(), "warningRules", MOST_ROWS, this::warningRule);
        unique(warningRules, WarningRule::code, "warningRules", "code", "agreement.penalty.code");
        List<EscalationRule> escalations = rows(d.escalations(), "escalations", MOST_ROWS, this::escalation);
        uniqueEscalations(escalations);
        BigDecimal monthlyFee = money(d.monthlyFee(), "monthlyFee");
        String currency = Texts.blankToNull(d.currency()) == null ? Vocabulary.CURRENCY : d.currency().trim().toUpperCase(Locale.ROOT);
        if (!Vocabulary.CURRENCY.equals(currency)) {
            problem("currency", "agreement.currency.invalid", "amounts are in {0}", Vocabulary.CURRENCY);
        }
        List<PlannedOutage> outages = rows(d.plannedOutages(), "plannedOutages", MOST_OUTAGES, this::outage);
        List<Signatory> signatories = rows(d.signatories(), "signatories", MOST_ROWS, this::signatory);
        return new AgreementDocument(type == null ? d.type() : type.name(), d.code(), null, name.zh(), name.en(),
                level == null ? null : level.name(), Texts.blankToNull(d.parent()),
                type == AgreementType.SLA ? party : null, type == AgreementType.OLA ? party : null,
                type == AgreementType.UC ? party : null, services, iso(validFrom), iso(validTo), calendar, matrix, targets,
                penalties, warningRules, escalations, monthlyFee, currency, outages,
                text(d.customerResponsibilities(), "customerResponsibilities", TEXT_LENGTH, false),
                text(d.complaintProcedure(), "complaintProcedure", TEXT_LENGTH, false),
                text(d.workloadLimits(), "workloadLimits", TEXT_LENGTH, false),
                text(d.financialTerms(), "financialTerms", TEXT_LENGTH, false),
                text(d.exceptions(), "exceptions", TEXT_LENGTH, false), signatories, d.version());
    }

    private Optional<Terms> parent(AgreementDocument d, AgreementType type) {
        String parent = Texts.blankToNull(d.parent());
        if (parent == null) {
            return Optional.empty();
        }
        if (type != null && type != AgreementType.SLA) {
            problem("parent", "agreement.parent.onlySla", "only SLAs have a parent; OLAs and UCs underpin SLA targets instead");
            return Optional.empty();
        }
        if (parent.equals(d.code())) {
            problem("parent", "agreement.parent.self", "an agreement cannot be its own parent");
            return Optional.empty();
        }
        Optional<Terms> terms = directory.agreement(parent);
        if (terms.isEmpty() || terms.get().type() != AgreementType.SLA) {
            problem("parent", "agreement.parent.unknown", "{0} is not an SLA", parent);
            return Optional.empty();
        }
        return terms;
    }

    private SlaLevel level(AgreementDocument d, AgreementType type, Optional<Terms> parent) {
        if (type != AgreementType.SLA) {
            return null;
        }
        SlaLevel given = enumeration(SlaLevel.class, d.level(), "level", false);
        SlaLevel implied = parent.map(p -> p.level() == SlaLevel.CORPORATE ? SlaLevel.CUSTOMER : SlaLevel.SERVICE)
                .orElse(Texts.blankToNull(d.customer()) == null ? SlaLevel.CORPORATE : SlaLevel.CUSTOMER);
        SlaLevel level = given == null ? implied : given;
        if (parent.isPresent() && level.parentLevel() != parent.get().level()) {
            problem("level", "agreement.level.parent", "a {0} SLA needs a {1} parent, {2} is {3}", Words.level(level),
                    Words.level(level.parentLevel()), parent.get().code(), Words.level(parent.get().level()));
        }
        if (parent.isEmpty() && level == SlaLevel.SERVICE) {
            problem("parent", "agreement.parent.required", "a service-level SLA sits under a customer SLA");
        }
        return level;
    }

    /** The other party's organisation code: customer (SLA), internal team (OLA) or provider (UC). */
    private String party(AgreementDocument d, AgreementType type, SlaLevel level, Optional<Terms> parent) {
        if (type == null) {
            return null;
        }
        String field = switch (type) {
            case SLA -> "customer";
            case OLA -> "team";
            case UC -> "provider";
        };
        String party = Texts.blankToNull(switch (type) {
            case SLA -> d.customer();
            case OLA -> d.team();
            case UC -> d.provider();
        });
        if (type == AgreementType.SLA) {
            if (level == SlaLevel.CORPORATE) {
                if (party != null) {
                    problem("customer", "agreement.customer.corporate", "a corporate SLA covers the whole organisation, not one customer");
                }
                return null;
            }
            String inherited = parent.map(Terms::party).orElse(null);
            if (party == null) {
                party = inherited;
            } else if (inherited != null && !inherited.equals(party)) {
                problem("customer", "agreement.customer.parent", "the parent SLA {0} is for customer {1}",
                        parent.get().code(), inherited);
            }
        }
        if (party == null) {
            return null; // the other party may be named later; scoping then shows it to staff only
        }
        OrganisationKind expected = type.partyKind();
        Optional<OrganisationKind> kind = directory.organisationKind(party);
        if (kind.isEmpty()) {
            problem(field, "agreement.party.unknown", "{0} is not a known organisation", party);
        } else if (kind.get() != expected) {
            problem(field, "agreement.party.kind", "{0} is not an organisation of kind {1}", party, Words.organisationKind(expected));
        }
        return party;
    }

    /** The services covered, a set: sorted, so that the order they were given in is no change. */
    private List<String> services(List<String> given) {
        if (!atMost(given, "services", MOST_SERVICES)) {
            return List.of();
        }
        Set<String> services = new TreeSet<>();
        for (int i = 0; i < given.size(); i++) {
            String code = Texts.blankToNull(given.get(i));
            if (code == null) {
                problem("services[" + i + "]", "validation.required", "is required");
            } else if (!directory.serviceExists(code)) {
                problem("services[" + i + "]", "agreement.service.unknown", "{0} is not a service of the catalog", code);
            } else {
                services.add(code);
            }
        }
        return List.copyOf(services);
    }

    private String calendar(String given, String field, boolean required) {
        String calendar = Texts.blankToNull(given);
        if (calendar == null) {
            if (required) {
                problem(field, "validation.required", "is required");
            }
        } else if (!directory.calendarExists(calendar)) {
            problem(field, "agreement.calendar.unknown", "calendar {0} does not exist", calendar);
        }
        return calendar;
    }

    /** The cells in the grid's order (impact, then urgency), whatever order they came in. */
    private List<PriorityCell> priorityMatrix(List<PriorityCell> cells) {
        List<PriorityCell> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            PriorityCell c = cells.get(i);
            String field = "priorityMatrix[" + i + "]";
            String impact = c == null ? null : word(c.impact());
            String urgency = c == null ? null : word(c.urgency());
            String priority = c == null ? null : word(c.priority());
            if (impact == null || urgency == null || !Vocabulary.IMPACTS.contains(impact) || !Vocabulary.IMPACTS.contains(urgency)) {
                problem(field, "agreement.matrix.cell", "impact and urgency are HIGH, MEDIUM or LOW");
                continue;
            }
            if (!seen.add(impact + "/" + urgency)) {
                problem(field, "agreement.matrix.duplicate", "impact {0} and urgency {1} are listed twice", impact, urgency);
            }
            if (priority == null || !Vocabulary.PRIORITIES.contains(priority)) {
                problem(field + ".priority", "agreement.priority.invalid", "use P1 to P5");
            }
            checked.add(new PriorityCell(impact, urgency, priority));
        }
        checked.sort(Comparator.comparing((PriorityCell c) -> Vocabulary.IMPACTS.indexOf(c.impact()))
                .thenComparing(c -> Vocabulary.IMPACTS.indexOf(c.urgency())));
        return checked;
    }

    private List<TargetSpec> targets(List<TargetSpec> specs, AgreementType type) {
        List<TargetSpec> targets = rows(specs, "targets", MOST_TARGETS, (s, field) -> target(s, field, type));
        unique(targets, TargetSpec::code, "targets", "code", "agreement.target.duplicate");
        return targets;
    }

    private TargetSpec target(TargetSpec s, String field, AgreementType type) {
        if (s.code() == null || !CODE.matcher(s.code()).matches()) {
            problem(field + ".code", "agreement.code.invalid", CODE_HINT);
        }
        Metric metric = enumeration(Metric.class, s.metric(), field + ".metric", true);
        String priority = Texts.blankToNull(s.priority()) == null ? null : word(s.priority());
        if (priority != null && !Vocabulary.PRIORITIES.contains(priority)) {
            problem(field + ".priority", "agreement.priority.invalid", "use P1 to P5");
        }
        Duration duration = null;
        BigDecimal percent = null;
        Integer count = null;
        Period period = null;
        if (metric != null) {
            switch (metric.kind()) {
                case DURATION -> duration = targetTime(s.duration(), field + ".duration");
                case PERCENT -> percent = targetPercent(s.percent(), field + ".percent");
                case COUNT -> {
                    count = s.count();
                    if (count == null || count < 0 || count > MOST_FAILURES) {
                        problem(field + ".count", "agreement.target.count", "give the number of failures allowed, 0 to {0}",
                                MOST_FAILURES);
                    }
                    period = failurePeriod(s.period(), field + ".period");
                }
            }
        }
        List<Integer> warnings = s.warnings().isEmpty() ? DEFAULT_WARNINGS : s.warnings();
        checkWarnings(warnings, field + ".warnings");
        return new TargetSpec(s.code(), metric == null ? s.metric() : metric.name(), priority,
                text(s.category(), field + ".category", CATEGORY_LENGTH, false),
                duration == null ? null : duration.toString(), percent, count, period == null ? null : period.toString(),
                calendar(s.calendar(), field + ".calendar", false), warnings, underpins(s.underpins(), type, field),
                pauseWhen(s.pauseWhen(), metric, field + ".pauseWhen"));
    }

    /** The phases that pause the target's clock, a set in the vocabulary's order; only a clock's time pauses. */
    private List<String> pauseWhen(List<String> given, Metric metric, String field) {
        if (given.isEmpty()) {
            return List.of();
        }
        Set<String> phases = new LinkedHashSet<>();
        for (String phase : given) {
            String word = word(phase);
            if (word == null || !Vocabulary.PAUSE_PHASES.contains(word)) {
                problem(field, "agreement.target.pauseWhen.invalid", "one or more of {0}", String.join(", ", Vocabulary.PAUSE_PHASES));
                return given;
            }
            phases.add(word);
        }
        if (metric != null && !Vocabulary.CLOCK_METRICS.contains(metric.name())) {
            problem(field, "agreement.target.pauseWhen.noClock", "only a time a clock measures pauses: {0}",
                    String.join(", ", Vocabulary.CLOCK_METRICS));
        }
        return phases.stream().sorted(Comparator.comparing(Vocabulary.PAUSE_PHASES::indexOf)).toList();
    }

    private Duration targetTime(String text, String field) {
        Optional<Duration> time = Values.duration(text);
        if (time.isEmpty() || time.get().isNegative() || time.get().isZero()) {
            problem(field, "agreement.target.duration", "give the time as an ISO-8601 duration such as PT4H");
            return null;
        }
        if (time.get().compareTo(LONGEST_TIME) > 0) {
            problem(field, "agreement.target.duration.tooLong", "give a time of at most three years");
            return null;
        }
        return time.get();
    }

    private BigDecimal targetPercent(BigDecimal value, String field) {
        if (value == null || value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
            problem(field, "agreement.target.percent", "give a percentage above 0 and up to 100");
            return null;
        }
        return decimals(value, TARGET_PERCENT_DECIMALS, field);
    }

    private Period failurePeriod(String text, String field) {
        if (Texts.blankToNull(text) == null) {
            return Period.ofMonths(1);
        }
        Optional<Period> period = Values.period(text);
        if (period.isEmpty() || period.get().isNegative() || period.get().isZero()) {
            problem(field, "agreement.target.period", "give the period as ISO-8601, e.g. P1M");
            return null;
        }
        Period p = period.get();
        long days = (long) p.getYears() * 365 + (long) p.getMonths() * 30 + p.getDays();
        if (days > LONGEST_PERIOD_DAYS) {
            problem(field, "agreement.target.period.range", "give a period of one day to one year, e.g. P1M");
            return null;
        }
        return p;
    }

    private void checkWarnings(List<Integer> warnings, String field) {
        if (warnings.size() > MOST_WARNINGS) {
            problem(field, "agreement.warnings.invalid", "use rising percentages between 1 and 99, e.g. 50, 75, 90");
            return;
        }
        int previous = 0;
        for (Integer w : warnings) {
            if (w == null || w <= previous || w >= 100) {
                problem(field, "agreement.warnings.invalid", "use rising percentages between 1 and 99, e.g. 50, 75, 90");
                return;
            }
            previous = w;
        }
    }

    private List<UnderpinRef> underpins(List<UnderpinRef> refs, AgreementType type, String targetField) {
        if (!refs.isEmpty() && type == AgreementType.SLA) {
            problem(targetField + ".underpins", "agreement.underpins.onlyOlaUc", "only OLA and UC targets underpin SLA targets");
            return List.of();
        }
        if (!atMost(refs, targetField + ".underpins", MOST_ROWS)) {
            return List.of();
        }
        List<UnderpinRef> checked = new ArrayList<>();
        for (int j = 0; j < refs.size(); j++) {
            UnderpinRef ref = refs.get(j);
            String field = targetField + ".underpins[" + j + "]";
            if (ref == null || Texts.blankToNull(ref.agreement()) == null || Texts.blankToNull(ref.target()) == null) {
                problem(field, "agreement.underpins.incomplete", "name the SLA and its target");
                continue;
            }
            UnderpinRef trimmed = new UnderpinRef(ref.agreement().trim(), ref.target().trim());
            Optional<Terms> sla = directory.agreement(trimmed.agreement());
            if (sla.isEmpty() || sla.get().type() != AgreementType.SLA) {
                problem(field, "agreement.underpins.notSla", "{0} is not an SLA", trimmed.agreement());
            } else if (sla.get().target(trimmed.target()).isEmpty()) {
                problem(field, "agreement.underpins.noTarget", "SLA {0} has no target {1}", trimmed.agreement(), trimmed.target());
            } else if (!checked.contains(trimmed)) {
                checked.add(trimmed);
            }
        }
        return checked;
    }

    private PenaltyClause penalty(PenaltyClause p, String field) {
        code(p.code(), field + ".code", "agreement.penalty.code");
        String trigger = oneOf(p.trigger(), Vocabulary.PENALTY_TRIGGERS, field + ".trigger", "agreement.penalty.trigger.invalid", true);
        Metric metric = enumeration(Metric.class, p.metric(), field + ".metric", false);
        if (p.fixedAmount() == null && p.perStartedHour() == null && p.percentOfFee() == null) {
            problem(field, "agreement.penalty.amount", "give a fixed amount, an amount per started hour or a percentage of the fee");
        }
        return new PenaltyClause(p.code(), trigger, metric == null ? null : metric.name(),
                money(p.fixedAmount(), field + ".fixedAmount"), money(p.perStartedHour(), field + ".perStartedHour"),
                rate(p.percentOfFee(), field + ".percentOfFee"), rate(p.capPercentOfFee(), field + ".capPercentOfFee"),
                text(p.description(), field + ".description", NOTE_LENGTH, false));
    }

    private WarningRule warningRule(WarningRule r, String field) {
        code(r.code(), field + ".code", "agreement.penalty.code");
        String level = oneOf(r.level(), Vocabulary.WARNING_LEVELS, field + ".level", "agreement.warningRule.level.invalid", true);
        if (r.onTimeRateBelow() == null && r.complaintsAtLeast() == null && r.breachesAtLeast() == null) {
            problem(field, "agreement.warningRule.condition", "give at least one condition");
        }
        String period = oneOf(r.period(), Vocabulary.RULE_PERIODS, field + ".period", "agreement.warningRule.period.invalid", false);
        return new WarningRule(r.code(), level, rate(r.onTimeRateBelow(), field + ".onTimeRateBelow"),
                occurrences(r.complaintsAtLeast(), field + ".complaintsAtLeast"),
                occurrences(r.breachesAtLeast(), field + ".breachesAtLeast"), period == null ? "MONTH" : period);
    }

    private EscalationRule escalation(EscalationRule r, String field) {
        if (r.atPercent() == null || r.atPercent() < 1 || r.atPercent() > HIGHEST_ESCALATION) {
            problem(field + ".atPercent", "agreement.escalation.percent", "a share of the target between 1 and 200 %");
        }
        String metric = oneOf(r.metric(), Vocabulary.CLOCK_METRICS, field + ".metric", "agreement.escalation.metric.invalid", false);
        Set<String> recipients = new LinkedHashSet<>();
        for (String recipient : r.recipients()) {
            String word = word(recipient);
            if (word == null || !Vocabulary.RECIPIENTS.contains(word)) {
                problem(field + ".recipients", "agreement.escalation.notify", "one or more of {0}", String.join(", ", Vocabulary.RECIPIENTS));
                break;
            }
            recipients.add(word);
        }
        if (r.recipients().isEmpty()) {
            problem(field + ".recipients", "agreement.escalation.notify", "one or more of {0}", String.join(", ", Vocabulary.RECIPIENTS));
        }
        // a set, in the list's own order, so that the order they were chosen in is no change
        return new EscalationRule(r.atPercent(), metric == null ? Texts.blankToNull(r.metric()) : metric,
                recipients.stream().sorted(Comparator.comparing(Vocabulary.RECIPIENTS::indexOf)).toList(), r.quietHours());
    }

    /** Reports the second rule at the same share of the same metric's targets (or of every metric's). */
    private void uniqueEscalations(List<EscalationRule> rules) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            EscalationRule r = rules.get(i);
            boolean readable = r.metric() == null || Vocabulary.CLOCK_METRICS.contains(r.metric());
            if (r.atPercent() != null && readable && !seen.add(r.metric() + "/" + r.atPercent())) {
                String field = "escalations[" + i + "].atPercent";
                if (r.metric() == null) {
                    problem(field, "agreement.escalation.duplicate", "{0} is listed twice", r.atPercent());
                } else {
                    problem(field, "agreement.escalation.duplicateForMetric", "{0} % of a {1} target is listed twice",
                            r.atPercent(), Words.metric(Metric.valueOf(r.metric())));
                }
            }
        }
    }

    private PlannedOutage outage(PlannedOutage o, String field) {
        LocalDateTime from = dateTime(o.from(), field + ".from");
        LocalDateTime to = dateTime(o.to(), field + ".to");
        if (from != null && to != null && !to.isAfter(from)) {
            problem(field + ".to", "agreement.outage.order", "ends before it starts");
        }
        return new PlannedOutage(from == null ? o.from() : from.toString(), to == null ? o.to() : to.toString(),
                text(o.description(), field + ".description", NOTE_LENGTH, false));
    }

    private Signatory signatory(Signatory s, String field) {
        return new Signatory(text(s.name(), field + ".name", NAME_LENGTH, true), text(s.role(), field + ".role", NAME_LENGTH, false),
                text(s.organisation(), field + ".organisation", NAME_LENGTH, false), iso(date(s.signedOn(), field + ".signedOn")));
    }

    /** The rows of a list, each checked by {@code check} under its path; a missing row is reported, not kept. */
    private <T> List<T> rows(List<T> given, String field, int most, BiFunction<T, String, T> check) {
        if (!atMost(given, field, most)) {
            return List.of();
        }
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String path = field + "[" + i + "]";
            if (given.get(i) == null) {
                problem(path, "validation.required", "is required");
            } else {
                rows.add(check.apply(given.get(i), path));
            }
        }
        return rows;
    }

    private boolean atMost(List<?> list, String field, int most) {
        if (list.size() > most) {
            problem(field, "agreement.list.tooLong", "at most {0} entries", most);
            return false;
        }
        return true;
    }

    /** Reports the second row that repeats a key (codes, escalation shares). */
    private <T> void unique(List<T> rows, Function<T, ?> key, String list, String property, String code) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Object value = key.apply(rows.get(i));
            if (value != null && !seen.add(value)) {
                problem(list + "[" + i + "]." + property, code, "{0} is listed twice", value);
            }
        }
    }

    private void code(String code, String field, String problemCode) {
        if (code == null || !CODE.matcher(code).matches()) {
            problem(field, problemCode, "give each clause its own code");
        }
    }

    private BigDecimal money(BigDecimal amount, String field) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            problem(field, "agreement.amount.negative", "must not be negative");
            return null;
        }
        if (amount.precision() - amount.scale() > MONEY_DIGITS || amount.stripTrailingZeros().scale() > MONEY_DECIMALS) {
            problem(field, "agreement.amount.range", "an amount in {0} of at most {1} digits and {2} decimals",
                    Vocabulary.CURRENCY, MONEY_DIGITS, MONEY_DECIMALS);
            return null;
        }
        return amount;
    }

    /** A percentage of a fee or an on-time rate: 0 to 100. */
    private BigDecimal rate(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            problem(field, "agreement.percent.range", "a percentage between 0 and 100");
            return null;
        }
        return decimals(value, RATE_DECIMALS, field);
    }

    private BigDecimal decimals(BigDecimal value, int most, String field) {
        if (value.stripTrailingZeros().scale() > most) {
            problem(field, "agreement.percent.decimals", "use at most {0} decimals", most);
            return null;
        }
        return value;
    }

    private Integer occurrences(Integer value, String field) {
        if (value != null && (value < 1 || value > MOST_COMPLAINTS_OR_BREACHES)) {
            problem(field, "agreement.warningRule.count", "a number from 1 to {0}", MOST_COMPLAINTS_OR_BREACHES);
            return null;
        }
        return value;
    }

    private LocalDate date(String text, String field) {
        if (Texts.blankToNull(text) == null) {
            return null;
        }
        Optional<LocalDate> date = Values.date(text);
        if (date.isEmpty()) {
            problem(field, "agreement.date.invalid", "''{0}'' is not a date (yyyy-MM-dd)", abbreviated(text));
            return null;
        }
        if (date.get().isBefore(EARLIEST) || date.get().isAfter(LATEST)) {
            problem(field, "agreement.date.range", "a date from {0} to {1}", EARLIEST.toString(), LATEST.toString());
            return null;
        }
        return date.get();
    }

    private LocalDateTime dateTime(String text, String field) {
        if (Texts.blankToNull(text) == null) {
            problem(field, "validation.required", "is required");
            return null;
        }
        Optional<LocalDateTime> time = Values.dateTime(text);
        if (time.isEmpty()) {
            problem(field, "agreement.dateTime.invalid", "''{0}'' is not a date and time (yyyy-MM-ddTHH:mm)", abbreviated(text));
            return null;
        }
        LocalDate day = time.get().toLocalDate();
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            problem(field, "agreement.date.range", "a date from {0} to {1}", EARLIEST.toString(), LATEST.toString());
            return null;
        }
        return time.get();
    }

    private <E extends Enum<E>> E enumeration(Class<E> type, String text, String field, boolean required) {
        if (Texts.blankToNull(text) == null) {
            if (required) {
                problem(field, "validation.required", "is required");
            }
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(word(text))) {
                return value;
            }
        }
        List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        problem(field, "agreement.enum.invalid", "''{0}'' is not one of {1}", abbreviated(text), String.join(", ", allowed));
        return null;
    }

    private String oneOf(String text, List<String> allowed, String field, String code, boolean required) {
        if (Texts.blankToNull(text) == null) {
            if (required) {
                problem(field, "validation.required", "is required");
            }
            return null;
        }
        String word = word(text);
        if (!allowed.contains(word)) {
            problem(field, code, "one of {0}", String.join(", ", allowed));
            return null;
        }
        return word;
    }

    /** Free text, trimmed, with the browser's CRLF line ends as LF so that a form round trip changes nothing. */
    private String text(String given, String field, int maxLength, boolean required) {
        String value = Texts.blankToNull(given);
        if (value == null) {
            if (required) {
                problem(field, "validation.required", "is required");
            }
            return null;
        }
        value = value.replace("\r\n", "\n");
        if (value.length() > maxLength) {
            problem(field, "validation.tooLong", "is longer than {0} characters", maxLength);
        }
        return value;
    }

    private static String word(String text) {
        return text == null ? null : text.trim().toUpperCase(Locale.ROOT);
    }

    /** What was typed, shortened so that a reply never echoes a huge value back. */
    private static String abbreviated(String text) {
        String t = text.trim();
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }

    private void problem(String field, String code, String message, Object... args) {
        problems.add(FieldProblem.of(field, code, message, args));
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
