package io.serval.agreement.internal;

import io.serval.agreement.AgreementDocument;
import io.serval.agreement.AgreementType;
import io.serval.agreement.SlaLevel;
import io.serval.core.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A validated agreement version: the typed terms the rules work on, and the normalised document that is stored
 * (defaults filled in: level, warnings 50/75/90 %, currency CNY, period P1M).
 */
public record Terms(AgreementType type, String code, LocalizedText name, SlaLevel level, String parent, String party,
        List<String> services, LocalDate validFrom, LocalDate validTo, String calendar, List<Target> targets,
        AgreementDocument document) {

    public Optional<Target> target(String targetCode) {
        return targets.stream().filter(t -> t.code().equals(targetCode)).findFirst();
    }

    /** Valid on {@code day} (open ends are unbounded). */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
