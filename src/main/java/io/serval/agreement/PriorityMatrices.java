package io.serval.agreement;

import io.serval.agreement.AgreementDocument.PriorityCell;
import io.serval.agreement.internal.AgreementDirectory;
import io.serval.agreement.internal.AgreementReadModel;
import io.serval.agreement.internal.Agreements;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    private final Agreements agreements;
    private final AgreementDirectory directory;

    PriorityMatrices(AgreementReadModel readModel, Agreements agreements, AgreementDirectory directory) {
        this.readModel = readModel;
        this.agreements = agreements;
        this.directory = directory;
    }

    /**
     * @param impact and {@code urgency}: HIGH, MEDIUM or LOW (case ignored)
     * @throws IllegalArgumentException for another impact or urgency
     */
    public Priority find(String customer, String service, String impact, String urgency, LocalDate day) {
        String i = level(impact);
        String u = level(urgency);
        for (String code : readModel.slasInForce(customer, service, day).stream().map(AgreementReadModel.SlaInForce::code).toList()) {
            Optional<String> cell = agreements.findByCode(code).map(directory::termsInForce)
                    .flatMap(terms -> terms.document().priorityMatrix().stream()
                            .filter(c -> i.equals(c.impact()) && u.equals(c.urgency())).map(PriorityCell::priority).findFirst());
            if (cell.isPresent()) {
                return new Priority(cell.get(), code);
            }
        }
        return new Priority(DEFAULT_MATRIX[LEVELS.indexOf(i)][LEVELS.indexOf(u)], DEFAULT);
    }

    private static String level(String value) {
        String level = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(level)) {
            throw new IllegalArgumentException("impact and urgency are HIGH, MEDIUM or LOW, not " + value);
        }
        return level;
    }
}
