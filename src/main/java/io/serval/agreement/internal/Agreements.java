package io.serval.agreement.internal;

import io.serval.agreement.AgreementType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface Agreements extends Repository<Agreement, Long> {

    Agreement saveAndFlush(Agreement agreement);

    Optional<Agreement> findByCode(String code);

    boolean existsByCode(String code);

    List<Agreement> findByType(AgreementType type);

    List<Agreement> findByParentCode(String parentCode);

    List<Agreement> findByNeedsRevisionTrueOrderByCode();

    List<Agreement> findAllByOrderByTypeAscCodeAsc();

    /** What a customer or provider sees: their organisation's agreements of one type that have a version in force. */
    @Query("""
            select a from Agreement a
            where a.partyCode = :partyCode and a.type = :type and a.publishedVersionNo is not null
            order by a.code
            """)
    List<Agreement> findInForceFor(@Param("partyCode") String partyCode, @Param("type") AgreementType type);

    @Query("select a from Agreement a where a.nextReviewDue is not null and a.nextReviewDue <= :until and a.status <> io.serval.agreement.AgreementStatus.TERMINATED order by a.nextReviewDue")
    List<Agreement> findReviewDueBy(@Param("until") java.time.LocalDate until);
}
