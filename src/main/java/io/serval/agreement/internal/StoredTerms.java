package io.serval.agreement.internal;

import io.serval.agreement.AgreementDocument;
import io.serval.agreement.AgreementDocument.TargetSpec;
import io.serval.agreement.AgreementType;
import io.serval.agreement.Metric;
import io.serval.agreement.SlaLevel;
import io.serval.core.LocalizedText;
import io.serval.core.Texts;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The terms of a stored version. A stored document passed {@link DocumentValidator} when it was saved, but perhaps
 * under older limits, so this mapping never refuses: what it cannot read it leaves out (a target with an unknown
 * metric) or leaves empty (a value), and nothing is looked up elsewhere. A document stored with one {@code name}, before
 * names had two languages, is named by it in both.
 */
public final class StoredTerms {

    private StoredTerms() {
    }

    public static Terms of(AgreementDocument d) {
        AgreementType type = constant(AgreementType.class, d.type()).orElse(AgreementType.SLA);
        String party = Texts.blankToNull(switch (type) {
            case SLA -> d.customer();
            case OLA -> d.team();
            case UC -> d.provider();
        });
        List<Target> targets = d.targets().stream().filter(t -> t != null && constant(Metric.class, t.metric()).isPresent())
                .map(StoredTerms::target).toList();
        LocalizedText name = name(d);
        return new Terms(type, d.code(), name, constant(SlaLevel.class, d.level()).orElse(null),
                Texts.blankToNull(d.parent()), party, d.services(), Values.date(d.validFrom()).orElse(null),
                Values.date(d.validTo()).orElse(null), d.calendar(), targets, d.withNames(null, name.zh(), name.en()));
    }

    /** A stored document's names: in Chinese and English, or its one name in both. */
    static LocalizedText name(AgreementDocument d) {
        LocalizedText name = new LocalizedText(d.nameZh(), d.nameEn());
        return name.isEmpty() ? new LocalizedText(d.name(), d.name()) : name;
    }

    private static Target target(TargetSpec s) {
        Metric metric = constant(Metric.class, s.metric()).orElseThrow();
        Period period = metric.kind() != Metric.ValueKind.COUNT ? null
                : Texts.blankToNull(s.period()) == null ? Period.ofMonths(1) : Values.period(s.period()).orElse(null);
        return new Target(s.code(), metric, Texts.blankToNull(s.priority()), Texts.blankToNull(s.category()),
                metric.kind() == Metric.ValueKind.DURATION ? Values.duration(s.duration()).orElse(null) : null,
                metric.kind() == Metric.ValueKind.PERCENT ? s.percent() : null,
                metric.kind() == Metric.ValueKind.COUNT ? s.count() : null, period, Texts.blankToNull(s.calendar()),
                s.warnings().isEmpty() ? DocumentValidator.DEFAULT_WARNINGS : s.warnings(), s.underpins(),
                s.pauseWhen().stream().filter(Objects::nonNull).map(p -> p.trim().toUpperCase(Locale.ROOT))
                        .filter(Vocabulary.PAUSE_PHASES::contains).distinct().toList());
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
