package io.serval.agreement.internal;

import io.serval.core.Texts;
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
import io.serval.identity.OrganisationKind;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an {@link AgreementDocument} as entered into {@link Terms}, reporting every bad field by its path at
 * once (400). Rules between agreements (underpinning, hierarchy) are checked afterwards by {@link AgreementRules}.
 */
public final class DocumentReader {

    static final List<Integer> DEFAULT_WARNINGS = List.of(50, 75, 90);
    static final Set<String> IMPACTS = Set.of("HIGH", "MEDIUM", "LOW");
    static final Set<String> PENALTY_TRIGGERS = Set.of("LATE_WORK_ORDER", "TARGET_BREACH", "COMPLAINT", "AVAILABILITY_SHORTFALL");
    static final Set<String> WARNING_LEVELS = Set.of("REMINDER", "WARNING");
    static final Set<String> PERIODS = Set.of("WEEK", "MONTH", "QUARTER", "YEAR");
    static final Set<String> NOTIFIED = Set.of("ASSIGNEE", "GROUP_LEAD", "DUTY_MANAGER", "SERVICE_LEVEL_MANAGER", "CUSTOMER", "PROVIDER");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    private static final Pattern PRIORITY = Pattern.compile("P[1-5]");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern SHORT_TIME = Pattern.compile("(?i)\\s*(?:(\\d+)\\s*d)?\\s*(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m(?:in)?)?\\s*");

    private final Directory directory;
    private final boolean trusted;
    private final List<FieldProblem> problems = new ArrayList<>();

    private DocumentReader(Directory directory, boolean trusted) {
        this.directory = directory;
        this.trusted = trusted;
    }

    /** Validates a document someone entered against the rest of Serval. */
    public static Terms read(AgreementDocument d, Directory directory) {
        return new DocumentReader(directory, false).terms(d);
    }

    /**
     * Reads a stored, already validated document without looking anything up (references to other agreements
     * are taken as they were when it was saved).
     */
    public static Terms stored(AgreementDocument d) {
        return new DocumentReader(TRUSTING, true).terms(d);
    }

    private static final Directory TRUSTING = new Directory() {
        @Override
        public boolean calendarExists(String code) {
            return true;
        }

        @Override
        public Optional<OrganisationKind> organisationKind(String code) {
            return Optional.empty();
        }

        @Override
        public boolean serviceExists(String code) {
            return true;
        }

        @Override
        public Optional<Terms> agreement(String code) {
            return Optional.empty();
        }
    };

    private Terms terms(AgreementDocument d) {
        AgreementType type = enumeration(AgreementType.class, d.type(), "type", true);
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            problem("code", "agreement.code.invalid", "use 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        String name = required(d.name(), "name", 200);
        Optional<Terms> parent = parent(d, type);
        SlaLevel level = level(d, type, parent);
        String party = party(d, type, level, parent);
        List<String> services = services(d);
        LocalDate validFrom = date(d.validFrom(), "validFrom", false);
        LocalDate validTo = date(d.validTo(), "validTo", false);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problem("validTo", "agreement.validTo.beforeFrom", "ends before it starts");
        }
        String calendar = required(d.calendar(), "calendar", 40);
        if (calendar != null && !directory.calendarExists(calendar)) {
            problem("calendar", "agreement.calendar.unknown", "calendar {0} does not exist", calendar);
        }
        checkPriorityMatrix(d.priorityMatrix());
        List<TargetSpec> normalisedTargets = new ArrayList<>();
        List<Target> targets = targets(d.targets(), type, normalisedTargets);
        checkPenalties(d.penalties());
        checkWarningRules(d.warningRules());
        checkEscalations(d.escalations());
        if (d.monthlyFee() != null && d.monthlyFee().signum() < 0) {
            problem("monthlyFee", "agreement.amount.negative", "must not be negative");
        }
        String currency = d.currency() == null || d.currency().isBlank() ? "CNY" : d.currency().trim().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            problem("currency", "agreement.currency.invalid", "use a three-letter currency code such as CNY");
        }
        checkOutages(d.plannedOutages());
        checkSignatories(d.signatories());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AgreementDocument normalised = new AgreementDocument(type.name(), d.code(), name, level == null ? null : level.name(),
                Texts.blankToNull(d.parent()), type == AgreementType.SLA ? party : null, type == AgreementType.OLA ? party : null,
                type == AgreementType.UC ? party : null, services, iso(validFrom), iso(validTo), calendar,
                d.priorityMatrix(), normalisedTargets, d.penalties(), d.warningRules(), d.escalations(), d.monthlyFee(),
                currency, d.plannedOutages(), Texts.blankToNull(d.customerResponsibilities()), Texts.blankToNull(d.complaintProcedure()),
                Texts.blankToNull(d.workloadLimits()), Texts.blankToNull(d.financialTerms()), Texts.blankToNull(d.exceptions()),
                d.signatories(), d.version());
        return new Terms(type, d.code(), name, level, Texts.blankToNull(d.parent()), party, services, validFrom, validTo,
                calendar, targets, normalised);
    }

    private Optional<Terms> parent(AgreementDocument d, AgreementType type) {
        String parent = Texts.blankToNull(d.parent());
        if (parent == null || trusted) {
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
        if (trusted) {
            return given;
        }
        SlaLevel implied = parent.map(p -> p.level() == SlaLevel.CORPORATE ? SlaLevel.CUSTOMER : SlaLevel.SERVICE)
                .orElse(Texts.blankToNull(d.customer()) == null ? SlaLevel.CORPORATE : SlaLevel.CUSTOMER);
        SlaLevel level = given == null ? implied : given;
        if (parent.isPresent() && level.parentLevel() != parent.get().level()) {
            problem("level", "agreement.level.parent", "a {0} SLA needs a {1} parent, {2} is {3}", level,
                    level.parentLevel() == null ? "no" : level.parentLevel(), parent.get().code(), parent.get().level());
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
        if (trusted) {
            return party;
        }
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
            problem(field, "agreement.party.kind", "{0} is not an organisation of kind {1}", party, expected);
        }
        return party;
    }

    private List<String> services(AgreementDocument d) {
        List<String> services = new ArrayList<>();
        for (int i = 0; i < d.services().size(); i++) {
            String code = Texts.blankToNull(d.services().get(i));
            if (code == null) {
                problem("services[" + i + "]", "validation.required", "is required");
            } else if (!directory.serviceExists(code)) {
                problem("services[" + i + "]", "agreement.service.unknown", "{0} is not a service of the catalog", code);
            } else if (!services.contains(code)) {
                services.add(code);
            }
        }
        return services;
    }

    private void checkPriorityMatrix(List<PriorityCell> cells) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            PriorityCell c = cells.get(i);
            String field = "priorityMatrix[" + i + "]";
            if (c == null || c.impact() == null || !IMPACTS.contains(c.impact()) || c.urgency() == null
                    || !IMPACTS.contains(c.urgency())) {
                problem(field, "agreement.matrix.cell", "impact and urgency are HIGH, MEDIUM or LOW");
            } else if (!seen.add(c.impact() + "/" + c.urgency())) {
                problem(field, "agreement.matrix.duplicate", "impact {0} and urgency {1} are listed twice", c.impact(), c.urgency());
            }
            if (c != null && (c.priority() == null || !PRIORITY.matcher(c.priority()).matches())) {
                problem(field + ".priority", "agreement.priority.invalid", "use P1 to P5");
            }
        }
    }

    private List<Target> targets(List<TargetSpec> specs, AgreementType type, List<TargetSpec> normalised) {
        List<Target> targets = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            TargetSpec s = specs.get(i);
            String field = "targets[" + i + "]";
            if (s == null) {
                problem(field, "validation.required", "is required");
                continue;
            }
            if (s.code() == null || !CODE.matcher(s.code()).matches()) {
                problem(field + ".code", "agreement.code.invalid", "use 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit");
            } else if (!codes.add(s.code())) {
                problem(field + ".code", "agreement.target.duplicate", "target {0} is listed twice", s.code());
            }
            Metric metric = enumeration(Metric.class, s.metric(), field + ".metric", true);
            String priority = Texts.blankToNull(s.priority());
            if (priority != null && !PRIORITY.matcher(priority).matches()) {
                problem(field + ".priority", "agreement.priority.invalid", "use P1 to P5");
            }
            Duration duration = null;
            BigDecimal percent = null;
            Integer count = null;
            Period period = null;
            if (metric != null) {
                switch (metric.kind()) {
                    case DURATION -> duration = positiveDuration(s.duration(), field + ".duration");
                    case PERCENT -> percent = percent(s.percent(), field + ".percent");
                    case COUNT -> {
                        count = s.count();
                        if (count == null || count < 0) {
                            problem(field + ".count", "agreement.target.count", "give the number of failures allowed (0 or more)");
                        }
                        period = period(s.period(), field + ".period");
                    }
                }
            }
            String calendar = Texts.blankToNull(s.calendar());
            if (calendar != null && !directory.calendarExists(calendar)) {
                problem(field + ".calendar", "agreement.calendar.unknown", "calendar {0} does not exist", calendar);
            }
            List<Integer> warnings = s.warnings().isEmpty() ? DEFAULT_WARNINGS : s.warnings();
            checkWarnings(warnings, field + ".warnings");
            List<UnderpinRef> underpins = underpins(s.underpins(), type, field);
            targets.add(new Target(s.code(), metric, priority, Texts.blankToNull(s.category()), duration, percent, count, period,
                    calendar, warnings, underpins));
            normalised.add(new TargetSpec(s.code(), metric == null ? s.metric() : metric.name(), priority,
                    Texts.blankToNull(s.category()), duration == null ? null : duration.toString(), percent, count,
                    period == null ? null : period.toString(), calendar, warnings, underpins));
        }
        return targets;
    }

    private List<UnderpinRef> underpins(List<UnderpinRef> refs, AgreementType type, String targetField) {
        if (!refs.isEmpty() && type == AgreementType.SLA) {
            problem(targetField + ".underpins", "agreement.underpins.onlyOlaUc",
                    "only OLA and UC targets underpin SLA targets");
            return List.of();
        }
        if (trusted) {
            return refs;
        }
        List<UnderpinRef> checked = new ArrayList<>();
        for (int j = 0; j < refs.size(); j++) {
            UnderpinRef ref = refs.get(j);
            String field = targetField + ".underpins[" + j + "]";
            if (ref == null || Texts.blankToNull(ref.agreement()) == null || Texts.blankToNull(ref.target()) == null) {
                problem(field, "agreement.underpins.incomplete", "name the SLA and its target");
                continue;
            }
            Optional<Terms> sla = directory.agreement(ref.agreement().trim());
            if (sla.isEmpty() || sla.get().type() != AgreementType.SLA) {
                problem(field, "agreement.underpins.notSla", "{0} is not an SLA", ref.agreement());
            } else if (sla.get().target(ref.target().trim()).isEmpty()) {
                problem(field, "agreement.underpins.noTarget", "SLA {0} has no target {1}", ref.agreement(), ref.target());
            } else {
                checked.add(new UnderpinRef(ref.agreement().trim(), ref.target().trim()));
            }
        }
        return checked;
    }

    private void checkWarnings(List<Integer> warnings, String field) {
        int previous = 0;
        for (Integer w : warnings) {
            if (w == null || w <= previous || w >= 100) {
                problem(field, "agreement.warnings.invalid", "use rising percentages between 1 and 99, e.g. 50, 75, 90");
                return;
            }
            previous = w;
        }
    }

    private void checkPenalties(List<PenaltyClause> penalties) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < penalties.size(); i++) {
            PenaltyClause p = penalties.get(i);
            String field = "penalties[" + i + "]";
            if (p == null) {
                problem(field, "validation.required", "is required");
                continue;
            }
            if (p.code() == null || !CODE.matcher(p.code()).matches() || !codes.add(p.code())) {
                problem(field + ".code", "agreement.penalty.code", "give each clause its own code");
            }
            if (p.trigger() == null || !PENALTY_TRIGGERS.contains(p.trigger())) {
                problem(field + ".trigger", "agreement.penalty.trigger.invalid", "one of {0}", String.join(", ", PENALTY_TRIGGERS));
            }
            if (p.metric() != null && !p.metric().isBlank()) {
                enumeration(Metric.class, p.metric(), field + ".metric", false);
            }
            if (p.fixedAmount() == null && p.perStartedHour() == null && p.percentOfFee() == null) {
                problem(field, "agreement.penalty.amount", "give a fixed amount, an amount per started hour or a percentage of the fee");
            }
            nonNegative(p.fixedAmount(), field + ".fixedAmount");
            nonNegative(p.perStartedHour(), field + ".perStartedHour");
            percentOrNull(p.percentOfFee(), field + ".percentOfFee");
            percentOrNull(p.capPercentOfFee(), field + ".capPercentOfFee");
        }
    }

    private void checkWarningRules(List<WarningRule> rules) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            WarningRule r = rules.get(i);
            String field = "warningRules[" + i + "]";
            if (r == null) {
                problem(field, "validation.required", "is required");
                continue;
            }
            if (r.code() == null || !CODE.matcher(r.code()).matches() || !codes.add(r.code())) {
                problem(field + ".code", "agreement.penalty.code", "give each clause its own code");
            }
            if (r.level() == null || !WARNING_LEVELS.contains(r.level())) {
                problem(field + ".level", "agreement.warningRule.level.invalid", "REMINDER or WARNING");
            }
            if (r.onTimeRateBelow() == null && r.complaintsAtLeast() == null && r.breachesAtLeast() == null) {
                problem(field, "agreement.warningRule.condition", "give at least one condition");
            }
            percentOrNull(r.onTimeRateBelow(), field + ".onTimeRateBelow");
            if (r.period() != null && !PERIODS.contains(r.period())) {
                problem(field + ".period", "agreement.warningRule.period.invalid", "one of {0}", String.join(", ", PERIODS));
            }
        }
    }

    private void checkEscalations(List<EscalationRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            EscalationRule r = rules.get(i);
            String field = "escalations[" + i + "]";
            if (r == null || r.atPercent() == null || r.atPercent() < 1 || r.atPercent() > 200) {
                problem(field + ".atPercent", "agreement.escalation.percent", "a share of the target between 1 and 200 %");
            }
            if (r != null && (r.recipients().isEmpty() || !NOTIFIED.containsAll(r.recipients()))) {
                problem(field + ".recipients", "agreement.escalation.notify", "one or more of {0}", String.join(", ", NOTIFIED));
            }
        }
    }

    private void checkOutages(List<PlannedOutage> outages) {
        for (int i = 0; i < outages.size(); i++) {
            PlannedOutage o = outages.get(i);
            String field = "plannedOutages[" + i + "]";
            LocalDateTime from = o == null ? null : dateTime(o.from(), field + ".from");
            LocalDateTime to = o == null ? null : dateTime(o.to(), field + ".to");
            if (from != null && to != null && !to.isAfter(from)) {
                problem(field + ".to", "agreement.outage.order", "ends before it starts");
            }
        }
    }

    private void checkSignatories(List<Signatory> signatories) {
        for (int i = 0; i < signatories.size(); i++) {
            Signatory s = signatories.get(i);
            String field = "signatories[" + i + "]";
            if (s == null || Texts.blankToNull(s.name()) == null) {
                problem(field + ".name", "validation.required", "is required");
            }
            if (s != null) {
                date(s.signedOn(), field + ".signedOn", false);
            }
        }
    }

    private Duration positiveDuration(String text, String field) {
        if (Texts.blankToNull(text) == null) {
            problem(field, "agreement.target.duration", "give the time as an ISO-8601 duration such as PT4H");
            return null;
        }
        try {
            Duration d = Duration.parse(isoDuration(text));
            if (d.isNegative() || d.isZero()) {
                problem(field, "agreement.target.duration", "give the time as an ISO-8601 duration such as PT4H");
                return null;
            }
            return d;
        } catch (DateTimeException e) {
            problem(field, "agreement.target.duration", "give the time as an ISO-8601 duration such as PT4H");
            return null;
        }
    }

    /** "4h", "1d 2h", "30m" or ISO-8601 as written; anything else is passed on for the reader to refuse. */
    public static String isoDuration(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = SHORT_TIME.matcher(text);
        if (!text.isBlank() && !text.trim().toUpperCase().startsWith("P") && m.matches()
                && (m.group(1) != null || m.group(2) != null || m.group(3) != null)) {
            java.time.Duration d = java.time.Duration.ofDays(m.group(1) == null ? 0 : Long.parseLong(m.group(1)))
                    .plusHours(m.group(2) == null ? 0 : Long.parseLong(m.group(2)))
                    .plusMinutes(m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
            return d.toString();
        }
        return text.trim().toUpperCase();
    }

    private BigDecimal percent(BigDecimal value, String field) {
        if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problem(field, "agreement.target.percent", "give a percentage above 0 and up to 100");
            return null;
        }
        return value;
    }

    private Period period(String text, String field) {
        if (Texts.blankToNull(text) == null) {
            return Period.ofMonths(1);
        }
        try {
            Period p = Period.parse(text.trim());
            if (p.isNegative() || p.isZero()) {
                throw new DateTimeException("not positive");
            }
            return p;
        } catch (DateTimeException e) {
            problem(field, "agreement.target.period", "give the period as ISO-8601, e.g. P1M");
            return null;
        }
    }

    private void nonNegative(BigDecimal amount, String field) {
        if (amount != null && amount.signum() < 0) {
            problem(field, "agreement.amount.negative", "must not be negative");
        }
    }

    private void percentOrNull(BigDecimal value, String field) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problem(field, "agreement.percent.range", "a percentage between 0 and 100");
        }
    }

    private LocalDate date(String text, String field, boolean required) {
        if (Texts.blankToNull(text) == null) {
            if (required) {
                problem(field, "validation.required", "is required");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeException e) {
            problem(field, "agreement.date.invalid", "''{0}'' is not a date (yyyy-MM-dd)", text);
            return null;
        }
    }

    private LocalDateTime dateTime(String text, String field) {
        if (Texts.blankToNull(text) == null) {
            problem(field, "validation.required", "is required");
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim());
        } catch (DateTimeException e) {
            problem(field, "agreement.dateTime.invalid", "''{0}'' is not a date and time (yyyy-MM-ddTHH:mm)", text);
            return null;
        }
    }

    private <E extends Enum<E>> E enumeration(Class<E> type, String text, String field, boolean required) {
        if (Texts.blankToNull(text) == null) {
            if (required) {
                problem(field, "validation.required", "is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E value : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(value.name());
            }
            problem(field, "agreement.enum.invalid", "''{0}'' is not one of {1}", text, allowed);
            return null;
        }
    }

    private String required(String text, String field, int maxLength) {
        String value = Texts.blankToNull(text);
        if (value == null) {
            problem(field, "validation.required", "is required");
        } else if (value.length() > maxLength) {
            problem(field, "validation.tooLong", "is longer than {0} characters", maxLength);
        }
        return value;
    }

    private void problem(String field, String code, String message, Object... args) {
        problems.add(FieldProblem.of(field, code, message, args));
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
