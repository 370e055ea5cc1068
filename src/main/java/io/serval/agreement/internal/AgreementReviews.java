package io.serval.agreement.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface AgreementReviews extends Repository<AgreementReview, Long> {

    AgreementReview save(AgreementReview review);

    List<AgreementReview> findByAgreementCodeOrderByHeldOnDesc(String agreementCode);
}
