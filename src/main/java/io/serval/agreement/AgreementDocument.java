package io.serval.agreement;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * The content of one agreement version, as entered and as shown (SPEC §3 parts). Values are kept as typed
 * text (durations as ISO-8601 such as {@code PT4H}, dates as {@code yyyy-MM-dd}, enumerations by name) so
 * that every bad field can be reported by its path, e.g. {@code targets[1].duration}. {@code version} is the
 * optimistic-lock version the editor read. {@code services} also accepts a single {@code "service": "EMAIL"}.
 * The agreement is named in Chinese ({@code nameZh}), English ({@code nameEn}) or both; {@code name} shows the name
 * in the reader's language. As input {@code name} counts only when neither of the other two is given: it then
 * names both languages (as clients and documents from before names had two languages expect).
 */
public record AgreementDocument(
        String type,
        String code,
        String name,
        String nameZh,
        String nameEn,
        String level,
        String parent,
        String customer,
        String team,
        String provider,
        @JsonAlias("service") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> services,
        String validFrom,
        String validTo,
        String calendar,
        List<PriorityCell> priorityMatrix,
        List<TargetSpec> targets,
        List<PenaltyClause> penalties,
        List<WarningRule> warningRules,
        List<EscalationRule> escalations,
        BigDecimal monthlyFee,
        String currency,
        List<PlannedOutage> plannedOutages,
        String customerResponsibilities,
        String complaintProcedure,
        String workloadLimits,
        String financialTerms,
        String exceptions,
        List<Signatory> signatories,
        Long version) {

    public AgreementDocument {
        services = services == null ? List.of() : List.copyOf(services);
        priorityMatrix = priorityMatrix == null ? List.of() : List.copyOf(priorityMatrix);
        targets = targets == null ? List.of() : List.copyOf(targets);
        penalties = penalties == null ? List.of() : List.copyOf(penalties);
        warningRules = warningRules == null ? List.of() : List.copyOf(warningRules);
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
        plannedOutages = plannedOutages == null ? List.of() : List.copyOf(plannedOutages);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }

    /** The same content with other names. */
    public AgreementDocument withNames(String newName, String newNameZh, String newNameEn) {
        return new AgreementDocument(type, code, newName, newNameZh, newNameEn, level, parent, customer, team, provider,
                services, validFrom, validTo, calendar, priorityMatrix, targets, penalties, warningRules, escalations,
                monthlyFee, currency, plannedOutages, customerResponsibilities, complaintProcedure, workloadLimits,
                financialTerms, exceptions, signatories, version);
    }

    /** The same content with other targets. */
    public AgreementDocument withTargets(List<TargetSpec> newTargets) {
        return new AgreementDocument(type, code, name, nameZh, nameEn, level, parent, customer, team, provider, services,
                validFrom, validTo, calendar, priorityMatrix, newTargets, penalties, warningRules, escalations, monthlyFee,
                currency, plannedOutages, customerResponsibilities, complaintProcedure, workloadLimits, financialTerms,
                exceptions, signatories, version);
    }

    /**
     * The content as a customer or provider may read it: without the SLA targets an OLA/UC target underpins, which
     * name other organisations' agreements.
     */
    public AgreementDocument forOutsiders() {
        return withTargets(targets.stream().map(t -> new TargetSpec(t.code(), t.metric(), t.priority(), t.category(),
                t.duration(), t.percent(), t.count(), t.period(), t.calendar(), t.warnings(), List.of(), t.pauseWhen())).toList());
    }

    /** The same content with another optimistic-lock version. */
    public AgreementDocument withVersion(Long newVersion) {
        return new AgreementDocument(type, code, name, nameZh, nameEn, level, parent, customer, team, provider, services,
                validFrom, validTo, calendar, priorityMatrix, targets, penalties, warningRules, escalations, monthlyFee,
                currency, plannedOutages, customerResponsibilities, complaintProcedure, workloadLimits, financialTerms,
                exceptions, signatories, newVersion);
    }

    /**
     * A measurable service target. Exactly one value fits the metric: {@code duration} for times, {@code percent}
     * for availability, {@code count} (per {@code period}, e.g. P1M) for failure counts. {@code calendar} defaults
     * to the agreement's; {@code warnings} to 50/75/90 %. An OLA or UC target names the SLA targets it underpins.
     * {@code pauseWhen}: the phases in which a clock on this target pauses ({@code PENDING_CUSTOMER},
     * {@code PENDING_SUPPLIER}); empty for the metric's default (a response never pauses, the other times pause
     * while pending the customer). A single phase may be sent without the list.
     */
    public record TargetSpec(String code, String metric, String priority, String category, String duration,
            BigDecimal percent, Integer count, String period, String calendar, List<Integer> warnings,
            List<UnderpinRef> underpins,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> pauseWhen) {

        public TargetSpec {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
            underpins = underpins == null ? List.of() : List.copyOf(underpins);
            pauseWhen = pauseWhen == null ? List.of() : List.copyOf(pauseWhen);
        }
    }

    /** The SLA target an OLA/UC target underpins. */
    public record UnderpinRef(String agreement, String target) {
    }

    /** One cell of the impact × urgency → priority guideline. */
    public record PriorityCell(String impact, String urgency, String priority) {
    }

    /**
     * A penalty clause, evaluated by provider performance: per breach of {@code trigger} a fixed amount plus an
     * amount per started hour late, or a percentage of the period's fee; the total capped at a percentage of the
     * monthly fee. Amounts in the agreement's currency.
     */
    public record PenaltyClause(String code, String trigger, String metric, BigDecimal fixedAmount,
            BigDecimal perStartedHour, BigDecimal percentOfFee, BigDecimal capPercentOfFee, String description) {
    }

    /**
     * When a reminder or a warning is due for the period: on-time rate below a percentage, or at least so many
     * complaints or breaches (any condition given suffices).
     */
    public record WarningRule(String code, String level, BigDecimal onTimeRateBelow, Integer complaintsAtLeast,
            Integer breachesAtLeast, String period) {
    }

    /**
     * Who is notified when a clock reaches a share of its target: of every time target ({@code metric} null) or of
     * one metric's ({@code RESPONSE}, {@code RESOLUTION} …). {@code quietHours}: a non-urgent notice waits for the
     * recipient's working hours (a P1's and a breach's go at once); absent is false, never null.
     */
    public record EscalationRule(Integer atPercent, String metric, List<String> recipients, Boolean quietHours) {

        public EscalationRule {
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
            quietHours = Boolean.TRUE.equals(quietHours);
        }
    }

    public record PlannedOutage(String from, String to, String description) {
    }

    public record Signatory(String name, String role, String organisation, String signedOn) {
    }
}
