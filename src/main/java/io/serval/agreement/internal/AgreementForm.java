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
import io.serval.agreement.Metric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agreement form. Field paths match {@link AgreementDocument} (e.g. {@code targets[1].duration}) so that
 * errors land on their inputs; a target's value is one input read by its metric (a time such as {@code 4h},
 * {@code 30m} or {@code PT4H}, a percentage, or a count with an optional period such as {@code 3/P3M}).
 */
public class AgreementForm {

    static final List<String> IMPACTS = List.of("HIGH", "MEDIUM", "LOW");

    private String type = "SLA";
    private String code;
    private String name;
    private String level;
    private String parent;
    private String party;
    private List<String> services = new ArrayList<>();
    private String validFrom;
    private String validTo;
    private String calendar = "cn-standard";
    private BigDecimal monthlyFee;
    private String currency = "CNY";
    private String customerResponsibilities;
    private String complaintProcedure;
    private String workloadLimits;
    private String financialTerms;
    private String exceptions;
    private Long version;
    private Map<String, String> matrix = new LinkedHashMap<>();
    private List<TargetRow> targets = new ArrayList<>();
    private List<PenaltyRow> penalties = new ArrayList<>();
    private List<WarningRuleRow> warningRules = new ArrayList<>();
    private List<EscalationRow> escalations = new ArrayList<>();
    private List<OutageRow> plannedOutages = new ArrayList<>();
    private List<SignatoryRow> signatories = new ArrayList<>();

    static AgreementForm startingAs(String type) {
        AgreementForm form = new AgreementForm();
        form.type = type;
        form.matrix.putAll(Map.of("HIGH/HIGH", "P1", "HIGH/MEDIUM", "P2", "HIGH/LOW", "P3", "MEDIUM/HIGH", "P2",
                "MEDIUM/MEDIUM", "P3", "MEDIUM/LOW", "P4", "LOW/HIGH", "P3", "LOW/MEDIUM", "P4", "LOW/LOW", "P5"));
        form.targets.add(new TargetRow());
        form.escalations.add(new EscalationRow(75, "ASSIGNEE, GROUP_LEAD"));
        form.escalations.add(new EscalationRow(100, "DUTY_MANAGER, SERVICE_LEVEL_MANAGER"));
        return form;
    }

    static AgreementForm of(AgreementDocument d, long version) {
        AgreementForm form = new AgreementForm();
        form.type = d.type();
        form.code = d.code();
        form.name = d.name();
        form.level = d.level();
        form.parent = d.parent();
        form.party = switch (d.type()) {
            case "OLA" -> d.team();
            case "UC" -> d.provider();
            default -> d.customer();
        };
        form.services = new ArrayList<>(d.services());
        form.validFrom = d.validFrom();
        form.validTo = d.validTo();
        form.calendar = d.calendar();
        form.monthlyFee = d.monthlyFee();
        form.currency = d.currency();
        form.customerResponsibilities = d.customerResponsibilities();
        form.complaintProcedure = d.complaintProcedure();
        form.workloadLimits = d.workloadLimits();
        form.financialTerms = d.financialTerms();
        form.exceptions = d.exceptions();
        form.version = version;
        d.priorityMatrix().forEach(c -> form.matrix.put(c.impact() + "/" + c.urgency(), c.priority()));
        d.targets().forEach(t -> form.targets.add(TargetRow.of(t)));
        d.penalties().forEach(p -> form.penalties.add(PenaltyRow.of(p)));
        d.warningRules().forEach(w -> form.warningRules.add(WarningRuleRow.of(w)));
        d.escalations().forEach(e -> form.escalations.add(new EscalationRow(e.atPercent(), String.join(", ", e.recipients()))));
        d.plannedOutages().forEach(o -> form.plannedOutages.add(OutageRow.of(o)));
        d.signatories().forEach(x -> form.signatories.add(SignatoryRow.of(x)));
        return form;
    }

    AgreementDocument document() {
        List<PriorityCell> cells = new ArrayList<>();
        matrix.forEach((cell, priority) -> {
            if (priority != null && !priority.isBlank()) {
                String[] iu = cell.split("/");
                cells.add(new PriorityCell(iu[0], iu[1], priority));
            }
        });
        return new AgreementDocument(type, code == null ? null : code.trim(), name, Texts.blankToNull(level), Texts.blankToNull(parent),
                "SLA".equals(type) ? Texts.blankToNull(party) : null, "OLA".equals(type) ? Texts.blankToNull(party) : null,
                "UC".equals(type) ? Texts.blankToNull(party) : null, services, Texts.blankToNull(validFrom), Texts.blankToNull(validTo), calendar, cells,
                targets.stream().map(TargetRow::spec).toList(), penalties.stream().map(PenaltyRow::record).toList(),
                warningRules.stream().map(WarningRuleRow::record).toList(),
                escalations.stream().map(EscalationRow::rule).toList(), monthlyFee, currency,
                plannedOutages.stream().map(OutageRow::record).toList(), customerResponsibilities, complaintProcedure,
                workloadLimits, financialTerms, exceptions, signatories.stream().map(SignatoryRow::record).toList(), version);
    }

    /** One target row; {@code value} holds the duration, percentage or count. */
    public static class TargetRow {
        private String code;
        private String metric = "RESOLUTION";
        private String priority;
        private String category;
        private String value;
        private String period;
        private String calendar;
        private String warnings = "50, 75, 90";
        private String underpins;

        static TargetRow of(TargetSpec t) {
            TargetRow row = new TargetRow();
            row.code = t.code();
            row.metric = t.metric();
            row.priority = t.priority();
            row.category = t.category();
            row.value = t.duration() != null ? t.duration()
                    : t.percent() != null ? t.percent().toPlainString()
                    : t.count() == null ? null : t.count() + (t.period() == null ? "" : "/" + t.period());
            row.period = t.period();
            row.calendar = t.calendar();
            row.warnings = String.join(", ", t.warnings().stream().map(String::valueOf).toList());
            row.underpins = String.join(", ", t.underpins().stream().map(u -> u.agreement() + "/" + u.target()).toList());
            return row;
        }

        TargetSpec spec() {
            Metric.ValueKind kind = kind();
            String v = Texts.blankToNull(value);
            BigDecimal percent = null;
            Integer count = null;
            if (v != null && kind == Metric.ValueKind.PERCENT) {
                percent = number(v.replace("%", "")).orElse(BigDecimal.valueOf(-1));
            }
            String per = Texts.blankToNull(period);
            if (v != null && kind == Metric.ValueKind.COUNT) {
                int slash = v.indexOf('/');
                if (slash >= 0) {
                    per = Texts.blankToNull(v.substring(slash + 1));
                    v = v.substring(0, slash);
                }
                count = number(v).map(BigDecimal::intValue).orElse(-1);
            }
            return new TargetSpec(code, metric, Texts.blankToNull(priority), Texts.blankToNull(category),
                    kind == Metric.ValueKind.DURATION ? DocumentReader.isoDuration(v) : null, percent, count, per, Texts.blankToNull(calendar),
                    integers(warnings), underpinRefs(underpins));
        }

        private Metric.ValueKind kind() {
            try {
                return Metric.valueOf(metric).kind();
            } catch (RuntimeException unknown) {
                return Metric.ValueKind.DURATION;
            }
        }

        // read-only views of the value, so that errors on targets[i].duration/percent/count find their input
        public String getDuration() {
            return value;
        }

        public String getPercent() {
            return value;
        }

        public String getCount() {
            return value;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getMetric() {
            return metric;
        }

        public void setMetric(String metric) {
            this.metric = metric;
        }

        public String getPriority() {
            return priority;
        }

        public void setPriority(String priority) {
            this.priority = priority;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getPeriod() {
            return period;
        }

        public void setPeriod(String period) {
            this.period = period;
        }

        public String getCalendar() {
            return calendar;
        }

        public void setCalendar(String calendar) {
            this.calendar = calendar;
        }

        public String getWarnings() {
            return warnings;
        }

        public void setWarnings(String warnings) {
            this.warnings = warnings;
        }

        public String getUnderpins() {
            return underpins;
        }

        public void setUnderpins(String underpins) {
            this.underpins = underpins;
        }
    }

    /** Who is told when a clock reaches a share of its target; recipients as a comma list. */
    public static class EscalationRow {
        private Integer atPercent;
        private String recipients;

        public EscalationRow() {
        }

        EscalationRow(Integer atPercent, String recipients) {
            this.atPercent = atPercent;
            this.recipients = recipients;
        }

        EscalationRule rule() {
            return new EscalationRule(atPercent, words(recipients));
        }

        public Integer getAtPercent() {
            return atPercent;
        }

        public void setAtPercent(Integer atPercent) {
            this.atPercent = atPercent;
        }

        public String getRecipients() {
            return recipients;
        }

        public void setRecipients(String recipients) {
            this.recipients = recipients;
        }
    }

    /** A penalty clause row. */
    public static class PenaltyRow {
        private String code;
        private String trigger;
        private String metric;
        private BigDecimal fixedAmount;
        private BigDecimal perStartedHour;
        private BigDecimal percentOfFee;
        private BigDecimal capPercentOfFee;
        private String description;

        public PenaltyRow() {
        }

        static PenaltyRow of(PenaltyClause r) {
            PenaltyRow row = new PenaltyRow();
            row.code = r.code();
            row.trigger = r.trigger();
            row.metric = r.metric();
            row.fixedAmount = r.fixedAmount();
            row.perStartedHour = r.perStartedHour();
            row.percentOfFee = r.percentOfFee();
            row.capPercentOfFee = r.capPercentOfFee();
            row.description = r.description();
            return row;
        }

        PenaltyClause record() {
            return new PenaltyClause(code, trigger, metric, fixedAmount, perStartedHour, percentOfFee, capPercentOfFee, description);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getTrigger() {
            return trigger;
        }

        public void setTrigger(String trigger) {
            this.trigger = trigger;
        }

        public String getMetric() {
            return metric;
        }

        public void setMetric(String metric) {
            this.metric = metric;
        }

        public BigDecimal getFixedAmount() {
            return fixedAmount;
        }

        public void setFixedAmount(BigDecimal fixedAmount) {
            this.fixedAmount = fixedAmount;
        }

        public BigDecimal getPerStartedHour() {
            return perStartedHour;
        }

        public void setPerStartedHour(BigDecimal perStartedHour) {
            this.perStartedHour = perStartedHour;
        }

        public BigDecimal getPercentOfFee() {
            return percentOfFee;
        }

        public void setPercentOfFee(BigDecimal percentOfFee) {
            this.percentOfFee = percentOfFee;
        }

        public BigDecimal getCapPercentOfFee() {
            return capPercentOfFee;
        }

        public void setCapPercentOfFee(BigDecimal capPercentOfFee) {
            this.capPercentOfFee = capPercentOfFee;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** A reminder/warning rule row. */
    public static class WarningRuleRow {
        private String code;
        private String level;
        private BigDecimal onTimeRateBelow;
        private Integer complaintsAtLeast;
        private Integer breachesAtLeast;
        private String period;

        public WarningRuleRow() {
        }

        static WarningRuleRow of(WarningRule r) {
            WarningRuleRow row = new WarningRuleRow();
            row.code = r.code();
            row.level = r.level();
            row.onTimeRateBelow = r.onTimeRateBelow();
            row.complaintsAtLeast = r.complaintsAtLeast();
            row.breachesAtLeast = r.breachesAtLeast();
            row.period = r.period();
            return row;
        }

        WarningRule record() {
            return new WarningRule(code, level, onTimeRateBelow, complaintsAtLeast, breachesAtLeast, period);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public BigDecimal getOnTimeRateBelow() {
            return onTimeRateBelow;
        }

        public void setOnTimeRateBelow(BigDecimal onTimeRateBelow) {
            this.onTimeRateBelow = onTimeRateBelow;
        }

        public Integer getComplaintsAtLeast() {
            return complaintsAtLeast;
        }

        public void setComplaintsAtLeast(Integer complaintsAtLeast) {
            this.complaintsAtLeast = complaintsAtLeast;
        }

        public Integer getBreachesAtLeast() {
            return breachesAtLeast;
        }

        public void setBreachesAtLeast(Integer breachesAtLeast) {
            this.breachesAtLeast = breachesAtLeast;
        }

        public String getPeriod() {
            return period;
        }

        public void setPeriod(String period) {
            this.period = period;
        }
    }

    /** A planned outage row. */
    public static class OutageRow {
        private String from;
        private String to;
        private String description;

        public OutageRow() {
        }

        static OutageRow of(PlannedOutage r) {
            OutageRow row = new OutageRow();
            row.from = r.from();
            row.to = r.to();
            row.description = r.description();
            return row;
        }

        PlannedOutage record() {
            return new PlannedOutage(from, to, description);
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** A signatory row. */
    public static class SignatoryRow {
        private String name;
        private String role;
        private String organisation;
        private String signedOn;

        public SignatoryRow() {
        }

        static SignatoryRow of(Signatory r) {
            SignatoryRow row = new SignatoryRow();
            row.name = r.name();
            row.role = r.role();
            row.organisation = r.organisation();
            row.signedOn = r.signedOn();
            return row;
        }

        Signatory record() {
            return new Signatory(name, role, organisation, signedOn);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public String getSignedOn() {
            return signedOn;
        }

        public void setSignedOn(String signedOn) {
            this.signedOn = signedOn;
        }
    }

    private static java.util.Optional<BigDecimal> number(String text) {
        try {
            return java.util.Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static List<Integer> integers(String text) {
        List<Integer> values = new ArrayList<>();
        for (String w : words(text)) {
            values.add(number(w).map(BigDecimal::intValue).orElse(-1));
        }
        return values;
    }

    private static List<UnderpinRef> underpinRefs(String text) {
        return words(text).stream().map(ref -> {
            int slash = ref.indexOf('/');
            return slash < 0 ? new UnderpinRef(ref, null) : new UnderpinRef(ref.substring(0, slash), ref.substring(slash + 1));
        }).toList();
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(w -> !w.isBlank()).toList();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    // errors name the party by its role; all three point at the one input
    public String getCustomer() {
        return party;
    }

    public String getTeam() {
        return party;
    }

    public String getProvider() {
        return party;
    }

    public List<String> getServices() {
        return services;
    }

    public void setServices(List<String> services) {
        this.services = services == null ? new ArrayList<>() : services;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidTo() {
        return validTo;
    }

    public void setValidTo(String validTo) {
        this.validTo = validTo;
    }

    public String getCalendar() {
        return calendar;
    }

    public void setCalendar(String calendar) {
        this.calendar = calendar;
    }

    public BigDecimal getMonthlyFee() {
        return monthlyFee;
    }

    public void setMonthlyFee(BigDecimal monthlyFee) {
        this.monthlyFee = monthlyFee;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getCustomerResponsibilities() {
        return customerResponsibilities;
    }

    public void setCustomerResponsibilities(String customerResponsibilities) {
        this.customerResponsibilities = customerResponsibilities;
    }

    public String getComplaintProcedure() {
        return complaintProcedure;
    }

    public void setComplaintProcedure(String complaintProcedure) {
        this.complaintProcedure = complaintProcedure;
    }

    public String getWorkloadLimits() {
        return workloadLimits;
    }

    public void setWorkloadLimits(String workloadLimits) {
        this.workloadLimits = workloadLimits;
    }

    public String getFinancialTerms() {
        return financialTerms;
    }

    public void setFinancialTerms(String financialTerms) {
        this.financialTerms = financialTerms;
    }

    public String getExceptions() {
        return exceptions;
    }

    public void setExceptions(String exceptions) {
        this.exceptions = exceptions;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Map<String, String> getMatrix() {
        return matrix;
    }

    public void setMatrix(Map<String, String> matrix) {
        this.matrix = matrix;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public void setTargets(List<TargetRow> targets) {
        this.targets = targets == null ? new ArrayList<>() : targets;
    }

    public List<PenaltyRow> getPenalties() {
        return penalties;
    }

    public void setPenalties(List<PenaltyRow> penalties) {
        this.penalties = penalties == null ? new ArrayList<>() : penalties;
    }

    public List<WarningRuleRow> getWarningRules() {
        return warningRules;
    }

    public void setWarningRules(List<WarningRuleRow> warningRules) {
        this.warningRules = warningRules == null ? new ArrayList<>() : warningRules;
    }

    public List<EscalationRow> getEscalations() {
        return escalations;
    }

    public void setEscalations(List<EscalationRow> escalations) {
        this.escalations = escalations == null ? new ArrayList<>() : escalations;
    }

    public List<OutageRow> getPlannedOutages() {
        return plannedOutages;
    }

    public void setPlannedOutages(List<OutageRow> plannedOutages) {
        this.plannedOutages = plannedOutages == null ? new ArrayList<>() : plannedOutages;
    }

    public List<SignatoryRow> getSignatories() {
        return signatories;
    }

    public void setSignatories(List<SignatoryRow> signatories) {
        this.signatories = signatories == null ? new ArrayList<>() : signatories;
    }
}
