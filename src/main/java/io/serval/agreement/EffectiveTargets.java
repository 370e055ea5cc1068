package io.serval.agreement;

import io.serval.agreement.internal.AgreementReadModel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The target in force for a customer, service, priority and metric on a day, answered from the agreement read
 * model with one indexed query (plan in docs/agreements.md). Only versions in force count: a draft commits nobody.
 * The most specific SLA that covers the customer and service applies (service level, then customer level, then
 * corporate; one naming the customer before one for every customer; one listing the service before one for all
 * services), with its own target or the one it inherits; a target for the priority before one for any priority.
 * For modules that measure (clocks, reports); callers answering a user check what that user may see first.
 */
@Service
@Transactional(readOnly = true)
public class EffectiveTargets {

    private final JdbcClient jdbc;

    EffectiveTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EffectiveTarget> find(String customer, String service, String priority, Metric metric, LocalDate day) {
        return lookup(customer, service, priority, metric, day, (rs, row) -> new EffectiveTarget(rs.getString("defined_by"),
                rs.getString("target_code"), rs.getString("metric"), rs.getString("priority"),
                duration(rs.getObject("duration_seconds", Long.class)), plain(rs.getBigDecimal("target_percent")),
                rs.getObject("target_count", Integer.class), rs.getString("target_period"), rs.getString("calendar_code"),
                rs.getString("agreement_code"), rs.getBoolean("inherited"), AgreementStatus.PUBLISHED.name()));
    }

    /** The same target, for a clock: empty unless it is a time. */
    public Optional<MeasuredTarget> measured(String customer, String service, String priority, Metric metric, LocalDate day) {
        return lookup(customer, service, priority, metric, day, (rs, row) -> rs.getObject("duration_seconds") == null
                ? Optional.<MeasuredTarget>empty() : Optional.of(MeasuredTargets.term(rs))).flatMap(found -> found);
    }

    private <T> Optional<T> lookup(String customer, String service, String priority, Metric metric, LocalDate day,
            RowMapper<T> mapper) {
        String wanted = priority == null || priority.isBlank() ? null : priority.trim().toUpperCase(Locale.ROOT);
        return jdbc.sql("""
                select t.defined_by, t.target_code, t.metric, t.priority, t.duration_seconds, t.target_percent,
                       t.target_count, t.target_period, coalesce(t.calendar_code, e.calendar_code) as calendar_code,
                       e.agreement_code, t.inherited, t.warnings, t.pause_when
                from agreement_edition e
                join agreement_target_term t on t.edition_id = e.id
                """ + " where " + AgreementReadModel.SLA_IN_FORCE
                + " and t.metric = :metric and t.category is null and (t.priority is null or t.priority = :priority)"
                + " order by " + AgreementReadModel.MOST_SPECIFIC_FIRST
                + ", case when t.priority is null then 1 else 0 end, e.published_at desc, e.agreement_code"
                + " fetch first 1 rows only")
                .param("customer", customer).param("day", day).param("service", service).param("metric", metric.name())
                .param("priority", wanted == null ? "" : wanted)
                .query(mapper)
                .optional();
    }

    private static String duration(Long seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds).toString();
    }

    /** 99.5000 from the column as the agreement wrote it: 99.5. */
    private static BigDecimal plain(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
