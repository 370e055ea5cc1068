package io.serval.agreement;

import io.serval.agreement.internal.AgreementReadModel;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service hours a customer has for a service: the calendar of the most specific SLA in force that covers them. */
@Service
@Transactional(readOnly = true)
public class ServiceHours {

    private final AgreementReadModel readModel;

    ServiceHours(AgreementReadModel readModel) {
        this.readModel = readModel;
    }

    /** The calendar code; empty when no SLA in force covers the customer and service. */
    public Optional<String> calendar(String customer, String service, LocalDate day) {
        return readModel.slasInForce(customer, service, day).stream().map(AgreementReadModel.SlaInForce::calendar)
                .filter(Objects::nonNull).findFirst();
    }
}
