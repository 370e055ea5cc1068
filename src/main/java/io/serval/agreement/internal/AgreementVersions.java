package io.serval.agreement.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface AgreementVersions extends Repository<AgreementVersion, Long> {

    AgreementVersion saveAndFlush(AgreementVersion version);

    Optional<AgreementVersion> findByAgreementAndNumber(Agreement agreement, int number);

    List<AgreementVersion> findByAgreementOrderByNumberDesc(Agreement agreement);
}
