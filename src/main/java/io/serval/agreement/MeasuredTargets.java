package io.serval.agreement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the clock engine reads from the agreements in force, from the read model: a target by its code, the OLA
 * and UC targets that underpin an SLA target for one party (a team, a supplier), and the escalation rules. The
 * SLA target for a customer, service and priority is {@link EffectiveTargets#measured}.
 */
@Service
@Transactional(readOnly = true)
public class MeasuredTargets {

    static final String TERM_COLUMNS = """
            e.agreement_code, t.defined_by, t.target_code, t.metric, t.priority, t.duration_seconds,
            coalesce(t.calendar_code, e.calendar_code) as calendar_code, t.warnings, t.pause_when""";

    private final JdbcClient jdbc;

    MeasuredTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The target {@code target} of {@code agreement} as in force on {@code day}, if it is and is a time. */
    public Optional<MeasuredTarget> target(String agreement, String target, LocalDate day) {
        return jdbc.sql("select " + TERM_COLUMNS + """
                 from agreement_edition e join agreement_target_term t on t.edition_id = e.id
                where e.edition = 'IN_FORCE' and e.agreement_code = :agreement and t.target_code = :target
                  and t.duration_seconds is not null
                  and (e.valid_from is null or e.valid_from <= :day) and (e.valid_to is null or e.valid_to >= :day)""")
                .param("agreement", agreement).param("target", target).param("day", day)
                .query((rs, row) -> term(rs)).optional();
    }

    /**
     * The targets of the OLAs ({@code type} OLA) or UCs that {@code party} (a team, a supplier) has signed, in force
     * on {@code day}, that underpin target {@code slaTarget} of SLA {@code sla}.
     */
    public List<MeasuredTarget> underpinning(String sla, String slaTarget, AgreementType type, String party, LocalDate day) {
        return jdbc.sql("select " + TERM_COLUMNS + """
                 from agreement_underpinning u
                join agreement_edition e on e.id = u.edition_id
                join agreement_target_term t on t.edition_id = e.id and t.target_code = u.target_code
                where u.sla_code = :sla and u.sla_target_code = :slaTarget and e.edition = 'IN_FORCE'
                  and e.agreement_type = :type and e.party_code = :party and t.duration_seconds is not null
                  and (e.valid_from is null or e.valid_from <= :day) and (e.valid_to is null or e.valid_to >= :day)
                order by e.agreement_code, t.target_code""")
                .param("sla", sla).param("slaTarget", slaTarget).param("type", type.name()).param("party", party)
                .param("day", day).query((rs, row) -> term(rs)).list();
    }

    /**
     * The escalation rules of {@code agreement}'s version in force, lowest threshold first, each for every metric or
     * for one ({@link EscalationStep#appliesTo}); an SLA without rules of its own inherits its parent's (a
     * service-level SLA its customer's, a customer's the corporate one).
     */
    public List<EscalationStep> escalations(String agreement) {
        if (agreement == null) {
            return List.of();
        }
        // the agreement and its ancestors in force, nearest first, in one statement (every clock started asks)
        record Rule(int depth, EscalationStep step) {
        }
        List<Rule> rules = jdbc.sql("""
                with recursive chain (code, depth) as (
                    select cast(:agreement as varchar(40)), 0
                    union all
                    select e.parent_code, c.depth + 1 from chain c
                    join agreement_edition e on e.edition = 'IN_FORCE' and e.agreement_code = c.code
                    where e.parent_code is not null and c.depth < 4)
                select c.depth, r.at_percent, r.metric, r.recipients, r.quiet_hours from chain c
                join agreement_edition e on e.edition = 'IN_FORCE' and e.agreement_code = c.code
                join agreement_escalation_rule r on r.edition_id = e.id
                order by c.depth, r.at_percent, r.position""")
                .param("agreement", agreement)
                .query((rs, row) -> new Rule(rs.getInt("depth"), new EscalationStep(rs.getInt("at_percent"),
                        rs.getString("metric"), list(rs.getString("recipients")), rs.getBoolean("quiet_hours"))))
                .list();
        // an agreement's own rules, or else those of its nearest ancestor that has any
        return rules.stream().filter(r -> r.depth() == rules.get(0).depth()).map(Rule::step).toList();
    }

    static MeasuredTarget term(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MeasuredTarget(rs.getString("agreement_code"), rs.getString("defined_by"), rs.getString("target_code"),
                Metric.valueOf(rs.getString("metric")), rs.getString("priority"),
                Duration.ofSeconds(rs.getLong("duration_seconds")), rs.getString("calendar_code"),
                list(rs.getString("warnings")).stream().map(Integer::valueOf).toList(), list(rs.getString("pause_when")));
    }

    private static List<String> list(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.stream(stored.split(",")).map(String::trim).toList();
    }
}
