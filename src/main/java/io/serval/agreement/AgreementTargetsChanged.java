package io.serval.agreement;

import java.util.List;

/**
 * The targets in force of an agreement changed with a new version in force: {@code targets} are the codes of its
 * targets that were added, removed or changed. For an SLA, the SLAs below it inherit the change, so clocks whose
 * effective target comes from this agreement or from one below it look their target up again.
 */
public record AgreementTargetsChanged(String code, AgreementType type, int version, List<String> targets) {

    public AgreementTargetsChanged {
        targets = List.copyOf(targets);
    }
}
