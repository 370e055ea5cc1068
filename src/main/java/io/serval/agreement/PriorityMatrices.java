package io.serval.agreement;

import io.serval.agreement.internal.AgreementReadModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The priority an impact and an urgency give for a customer and service: from the impact × urgency guideline of
 * the most specific SLA in force that covers them and has one (an SLA without its own guideline follows the
 * SLAs above it), else the default guideline (P1 for high impact and high urgency … P4 for low and low).
 */
@Service
@Transactional(readOnly = true)
public class PriorityMatrices {

    /** Where no SLA in force gives a guideline. */
    public static final String DEFAULT = "DEFAULT";

    private static final List<String> LEVELS = List.of("HIGH", "MEDIUM", "LOW");
    private static final String[][] DEFAULT_MATRIX = {
            {"P1", "P2", "P3"},
            {"P2", "P3", "P4"},
            {"P3", "P4", "P4"}};

    /** A priority and the agreement whose guideline gave it ({@link #DEFAULT} for the default guideline). */
    public record Priority(String priority, String agreement) {
    }

    private final AgreementReadModel readModel;

    PriorityMatrices(AgreementReadModel readModel) {
        this.readModel = readModel;
    }

    /**
     * @param impact and {@code urgency}: HIGH, MEDIUM or LOW (case ignored)
     * @throws IllegalArgumentException for another impact or urgency
     */
    public Priority find(String customer, String service, String impact, String urgency, LocalDate day) {
        String i = level(impact);
        String u = level(urgency);
        return readModel.guidelinePriority(customer, service, i, u, day).map(p -> new Priority(p.priority(), p.agreement()))
                .orElseGet(() -> new Priority(DEFAULT_MATRIX[LEVELS.indexOf(i)][LEVELS.indexOf(u)], DEFAULT));
    }

    private static String level(String value) {
        String level = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(level)) {
            throw new IllegalArgumentException("impact and urgency are HIGH, MEDIUM or LOW, not " + value);
        }
        return level;
    }
}
