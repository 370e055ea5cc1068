package io.serval.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface Organisations extends Repository<Organisation, Long> {

    Organisation save(Organisation organisation);

    Organisation saveAndFlush(Organisation organisation);

    Optional<Organisation> findByCode(String code);

    boolean existsByCode(String code);

    /** The organisations visible in a scope ({@code organisationId} null: all). */
    @Query("select o from Organisation o where (:organisationId is null or o.id = :organisationId) order by o.kind, o.code")
    List<Organisation> findVisible(@Param("organisationId") Long organisationId);

    @Query("select o from Organisation o where o.code = :code and (:organisationId is null or o.id = :organisationId)")
    Optional<Organisation> findVisible(@Param("code") String code, @Param("organisationId") Long organisationId);
}
