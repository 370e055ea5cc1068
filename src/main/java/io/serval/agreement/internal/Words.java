package io.serval.agreement.internal;

import io.serval.agreement.AgreementStatus;
import io.serval.agreement.AgreementType;
import io.serval.agreement.Metric;
import io.serval.agreement.SlaLevel;
import io.serval.core.Reason;
import io.serval.identity.OrganisationKind;
import io.serval.web.Durations;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Locale;

/**
 * Codes and values of agreements as keyed phrases, so that reasons and notices read them out in the reader's
 * language ("P1 resolution 4 h" / "P1 解决时间 4 小时") instead of showing {@code RESOLUTION P1 PT4H}. A phrase is a
 * {@link Reason} used as another reason's argument; the message source resolves it when the text is shown.
 */
public final class Words {

    private Words() {
    }

    /** What a target asks, e.g. "P1 resolution 4 h", "availability 99.5 %", "failures 3 per 1 mo [network]". */
    public static Reason target(Target t) {
        Reason phrase = t.priority() == null
                ? Reason.of("agreement.words.target", "{0} {1}", metric(t.metric()), value(t))
                : Reason.of("agreement.words.targetWithPriority", "{0} {1} {2}", t.priority(), metric(t.metric()), value(t));
        return t.category() == null ? phrase : Reason.of("agreement.words.inCategory", "{0} [{1}]", phrase, t.category());
    }

    /** The value alone: "4 h", "99.5 %", "3 per 1 mo". */
    public static Reason value(Target t) {
        return switch (t.metric().kind()) {
            case DURATION -> time(t.duration());
            case PERCENT -> percent(t.percent());
            case COUNT -> t.count() == null || t.period() == null ? unknown()
                    : Reason.of("agreement.words.count", "{0} per {1}", t.count(), period(t.period()));
        };
    }

    /** Business time in hours and minutes. */
    public static Reason time(Duration duration) {
        return duration == null ? unknown() : Durations.businessTimeWords(duration).orElseGet(Words::unknown);
    }

    public static Reason period(Period period) {
        return period == null ? unknown() : Durations.periodWords(period).orElseGet(Words::unknown);
    }

    public static Reason percent(BigDecimal percent) {
        return percent == null ? unknown() : Reason.of("agreement.words.percent", "{0} %", percent.stripTrailingZeros().toPlainString());
    }

    /** The metric as a word inside a sentence ("resolution", "解决时间"). */
    public static Reason metric(Metric metric) {
        return Reason.of("agreement.words.metric." + metric.name(), metric.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    public static Reason status(AgreementStatus status) {
        return Reason.of("agreement.status." + status.name(), status.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    public static Reason type(AgreementType type) {
        return Reason.of("agreement.words.type." + type.name(), type.name());
    }

    public static Reason level(SlaLevel level) {
        return level == null ? Reason.of("agreement.level.none", "no")
                : Reason.of("agreement.level." + level.name(), level.name().toLowerCase(Locale.ROOT));
    }

    public static Reason organisationKind(OrganisationKind kind) {
        return Reason.of("organisation.kind." + kind.name(), kind.name().toLowerCase(Locale.ROOT));
    }

    /** A word of one of the {@link Vocabulary} lists, e.g. {@code word("agreement.recipient", "DUTY_MANAGER")}. */
    public static Reason word(String prefix, String code) {
        return Reason.of(prefix + "." + code, code);
    }

    /** A value that a stored document no longer lets us read. */
    private static Reason unknown() {
        return Reason.of("agreement.words.unknown", "?");
    }
}
