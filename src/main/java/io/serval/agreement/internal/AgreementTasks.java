package io.serval.agreement.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface AgreementTasks extends Repository<AgreementTask, Long> {

    AgreementTask save(AgreementTask task);

    Optional<AgreementTask> findById(long id);

    List<AgreementTask> findByStatusOrderByCreatedAtDesc(String status);

    List<AgreementTask> findByAgreementCodeAndStatus(String agreementCode, String status);

    boolean existsByKindAndAgreementCodeAndCauseAndStatus(String kind, String agreementCode, String cause, String status);
}
