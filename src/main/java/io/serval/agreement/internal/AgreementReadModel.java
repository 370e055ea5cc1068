package io.serval.agreement.internal;

import io.serval.agreement.AgreementDocument.EscalationRule;
import io.serval.agreement.AgreementDocument.PenaltyClause;
import io.serval.agreement.AgreementDocument.PriorityCell;
import io.serval.agreement.AgreementDocument.UnderpinRef;
import io.serval.agreement.AgreementDocument.WarningRule;
import io.serval.agreement.AgreementStatus;
import io.serval.agreement.AgreementType;
import io.serval.agreement.Metric;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Projects an agreement's terms into the read model (see V7, V16, V19): the working version as edition {@code CURRENT}, the
 * version in force as edition {@code IN_FORCE}. Called in the transaction of every change, so the rows never
 * disagree with the documents; an SLA's rows include the targets it inherits, so a change of an SLA re-projects
 * the SLAs below it. A terminated agreement has no edition: nothing may measure against it or depend on it.
 */
@Component
public class AgreementReadModel {

    /**
     * The SLA editions in force on {@code :day} for customer {@code :customer} and service {@code :service}, as a
     * condition on {@code agreement_edition e}: the customer's own and those for every customer, for that service or
     * for all.
     */
    public static final String SLA_IN_FORCE = """
            e.edition = 'IN_FORCE' and e.agreement_type = 'SLA'
              and (e.party_code = :customer or e.party_code is null)
              and (e.valid_from is null or e.valid_from <= :day) and (e.valid_to is null or e.valid_to >= :day)
              and (e.all_services or exists (select 1 from agreement_edition_service s
                                             where s.edition_id = e.id and s.service_code = :service))""";

    /** The most specific of those first: the deeper level, the customer's own, the one naming the service. */
    public static final String MOST_SPECIFIC_FIRST = """
            e.level_rank desc, case when e.party_code is null then 1 else 0 end,
            case when e.all_services then 1 else 0 end""";

    static final String CURRENT = "CURRENT";
    static final String IN_FORCE = "IN_FORCE";

    private final JdbcClient jdbc;
    private final Agreements agreements;
    private final AgreementDirectory directory;

    AgreementReadModel(JdbcClient jdbc, Agreements agreements, AgreementDirectory directory) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.directory = directory;
    }

    /** Projects both editions of the agreement and, for an SLA, of every SLA below it. */
    public void project(Agreement agreement) {
        projectOne(agreement);
        if (agreement.getType() == AgreementType.SLA) {
            agreements.findByParentCode(agreement.getCode()).forEach(this::project);
        }
    }

    /** Projects every agreement again from its documents (after a migration, or to repair the read model). */
    public int rebuild() {
        jdbc.sql("delete from agreement_edition").update();
        List<Agreement> all = agreements.findAllByOrderByTypeAscCodeAsc();
        all.forEach(this::projectOne);
        return all.size();
    }

    /** Whether some agreement has no projection yet (e.g. it was saved before the read model existed). */
    public boolean incomplete() {
        return jdbc.sql("""
                select count(*) from agreement a where a.status <> 'TERMINATED' and not exists
                (select 1 from agreement_edition e where e.agreement_id = a.id and e.edition = 'CURRENT')""")
                .query(Long.class).single() > 0;
    }

    /** An SLA in force and its service hours. */
    public record SlaInForce(String code, String calendar) {
    }

    /**
     * The SLAs in force on {@code day} that cover the customer and the service, most specific first (service
     * level, then customer, then corporate; naming the customer, then all; listing the service, then all).
     */
    public List<SlaInForce> slasInForce(String customer, String service, java.time.LocalDate day) {
        return jdbc.sql("select e.agreement_code, e.calendar_code from agreement_edition e where " + SLA_IN_FORCE
                + " order by " + MOST_SPECIFIC_FIRST + ", e.published_at desc, e.agreement_code")
                .param("customer", customer).param("service", service).param("day", day)
                .query((rs, row) -> new SlaInForce(rs.getString(1), rs.getString(2))).list();
    }

    /** A guideline's cell: the priority an impact and an urgency give, and the SLA whose guideline it is. */
    public record GuidelinePriority(String agreement, String priority) {
    }

    /**
     * The priority from the guideline of the most specific SLA in force on {@code day} that covers the customer and
     * the service and has a cell for {@code impact} and {@code urgency} (upper case), in the order of
     * {@link #slasInForce}; empty where none has.
     */
    public Optional<GuidelinePriority> guidelinePriority(String customer, String service, String impact, String urgency,
            java.time.LocalDate day) {
        return jdbc.sql("""
                select e.agreement_code, c.priority from agreement_edition e
                join agreement_priority_cell c on c.edition_id = e.id and c.impact = :impact and c.urgency = :urgency
                """ + " where " + SLA_IN_FORCE + " order by " + MOST_SPECIFIC_FIRST
                + ", e.published_at desc, e.agreement_code fetch first 1 rows only")
                .param("customer", customer).param("service", service).param("day", day)
                .param("impact", impact).param("urgency", urgency)
                .query((rs, row) -> new GuidelinePriority(rs.getString(1), rs.getString(2))).optional();
    }

    /** An OLA/UC target of a working version that underpins an SLA target. */
    public record Underpinning(String agreement, String target, String slaTarget) {
    }

    /** The OLA/UC targets (of working versions) that underpin targets of an SLA, by agreement and target code. */
    public List<Underpinning> underpinnersOf(String slaCode) {
        return jdbc.sql("""
                select e.agreement_code, u.target_code, u.sla_target_code from agreement_underpinning u
                join agreement_edition e on e.id = u.edition_id
                where u.sla_code = ? and e.edition = 'CURRENT' order by e.agreement_code, u.target_code""")
                .param(slaCode)
                .query((rs, row) -> new Underpinning(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The UCs whose working version underpins some target of an SLA. */
    public List<String> ucsBehind(String slaCode) {
        return jdbc.sql("""
                select distinct e.agreement_code from agreement_underpinning u join agreement_edition e on e.id = u.edition_id
                where u.sla_code = ? and e.edition = 'CURRENT' and e.agreement_type = 'UC' order by e.agreement_code""")
                .param(slaCode).query(String.class).list();
    }

    /** Every own target of the SLAs' working versions, as "SLA-CODE/TARGET" → the target, in code order. */
    public Map<String, Target> slaTargets() {
        Map<String, Target> targets = new LinkedHashMap<>();
        jdbc.sql("""
                select e.agreement_code, t.* from agreement_target_term t join agreement_edition e on e.id = t.edition_id
                where e.edition = 'CURRENT' and e.agreement_type = 'SLA' and not t.inherited
                order by e.agreement_code, t.target_code""")
                .query((rs, row) -> Map.entry(rs.getString("agreement_code") + "/" + rs.getString("target_code"),
                        new Target(rs.getString("target_code"), Metric.valueOf(rs.getString("metric")),
                                rs.getString("priority"), rs.getString("category"),
                                rs.getObject("duration_seconds") == null ? null : Duration.ofSeconds(rs.getLong("duration_seconds")),
                                rs.getBigDecimal("target_percent"), rs.getObject("target_count", Integer.class),
                                rs.getString("target_period") == null ? null : Period.parse(rs.getString("target_period")),
                                rs.getString("calendar_code"), warnings(rs.getString("warnings")), List.of(),
                                words(rs.getString("pause_when")))))
                .list().forEach(e -> targets.put(e.getKey(), e.getValue()));
        return targets;
    }

    private static List<Integer> warnings(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split(",")).map(Integer::valueOf).toList();
    }

    private static List<String> words(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }

    /** A list as one column: comma-separated, null when empty. */
    private static String joined(List<String> words) {
        return words.isEmpty() ? null : String.join(",", words);
    }

    private void projectOne(Agreement agreement) {
        jdbc.sql("delete from agreement_edition where agreement_id = ?").param(agreement.getId()).update();
        if (agreement.getStatus() == AgreementStatus.TERMINATED) {
            return;
        }
        write(agreement, CURRENT, directory.current(agreement), directory.currentTerms(agreement), directory::agreement);
        directory.published(agreement).ifPresent(inForce -> write(agreement, IN_FORCE, inForce,
                directory.termsInForce(agreement), code -> agreements.findByCode(code)
                        .filter(a -> a.getPublishedVersionNo() != null && a.getStatus() != AgreementStatus.TERMINATED)
                        .map(directory::termsInForce)));
    }

    private void write(Agreement agreement, String edition, AgreementVersion version, Terms terms,
            Function<String, Optional<Terms>> ancestors) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agreement_edition (agreement_id, agreement_code, edition, version_no, agreement_type,
                    level_rank, party_code, parent_code, valid_from, valid_to, calendar_code, all_services, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(agreement.getId(), agreement.getCode(), edition, version.getNumber(), terms.type().name(),
                        terms.level() == null ? 0 : terms.level().ordinal(), terms.party(), terms.parent(),
                        terms.validFrom(), terms.validTo(), terms.calendar(), terms.services().isEmpty(),
                        timestamp(version.getPublishedAt()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        terms.services().forEach(service -> jdbc.sql("insert into agreement_edition_service (edition_id, service_code) values (?, ?)")
                .params(id, service).update());
        Set<String> cells = new HashSet<>();
        for (PriorityCell cell : terms.document().priorityMatrix()) {
            // a draft may still be invalid: its first cell for an impact and urgency counts, as it did when read
            if (cell != null && cell.impact() != null && cell.urgency() != null && cell.priority() != null
                    && cells.add(cell.impact() + "/" + cell.urgency())) {
                jdbc.sql("insert into agreement_priority_cell (edition_id, impact, urgency, priority) values (?, ?, ?, ?)")
                        .params(id, cell.impact(), cell.urgency(), cell.priority()).update();
            }
        }
        List<AgreementRules.Inherited> targets = terms.type() == AgreementType.SLA
                ? new AgreementRules(ancestors).effectiveTargets(terms)
                : terms.targets().stream().map(t -> new AgreementRules.Inherited(t, terms.code())).toList();
        for (AgreementRules.Inherited effective : targets) {
            Target t = effective.target();
            jdbc.sql("""
                    insert into agreement_target_term (edition_id, target_code, metric, priority, category, duration_seconds,
                        target_percent, target_count, target_period, calendar_code, warnings, defined_by, inherited,
                        pause_when)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, t.code(), t.metric().name(), t.priority(), t.category(),
                            t.duration() == null ? null : t.duration().toSeconds(), t.percent(), t.count(),
                            t.period() == null ? null : t.period().toString(), t.calendar(),
                            t.warnings().stream().map(String::valueOf).collect(Collectors.joining(",")),
                            effective.agreement(), !effective.agreement().equals(terms.code()), joined(t.pauseWhen()))
                    .update();
            for (UnderpinRef ref : t.underpins()) {
                jdbc.sql("insert into agreement_underpinning (edition_id, target_code, sla_code, sla_target_code) values (?, ?, ?, ?)")
                        .params(id, t.code(), ref.agreement(), ref.target()).update();
            }
        }
        List<EscalationRule> escalations = terms.document().escalations();
        for (int i = 0; i < escalations.size(); i++) {
            EscalationRule e = escalations.get(i);
            if (e.atPercent() != null) {
                jdbc.sql("""
                        insert into agreement_escalation_rule (edition_id, position, at_percent, recipients, metric, quiet_hours)
                        values (?, ?, ?, ?, ?, ?)""")
                        .params(id, i, e.atPercent(), String.join(",", e.recipients()), e.metric(), e.quietHours()).update();
            }
        }
        List<PenaltyClause> penalties = terms.document().penalties();
        for (int i = 0; i < penalties.size(); i++) {
            PenaltyClause p = penalties.get(i);
            jdbc.sql("""
                    insert into agreement_penalty_rule (edition_id, position, code, trigger_kind, metric, fixed_amount,
                        per_started_hour, percent_of_fee, cap_percent_of_fee) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, p.code(), p.trigger(), p.metric(), p.fixedAmount(), p.perStartedHour(), p.percentOfFee(),
                            p.capPercentOfFee()).update();
        }
        List<WarningRule> warnings = terms.document().warningRules();
        for (int i = 0; i < warnings.size(); i++) {
            WarningRule w = warnings.get(i);
            jdbc.sql("""
                    insert into agreement_warning_rule (edition_id, position, code, rule_level, on_time_rate_below,
                        complaints_at_least, breaches_at_least, rule_period) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, w.code(), w.level(), w.onTimeRateBelow(), w.complaintsAtLeast(), w.breachesAtLeast(),
                            w.period()).update();
        }
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
