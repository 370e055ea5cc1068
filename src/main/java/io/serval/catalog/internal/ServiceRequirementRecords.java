package io.serval.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Requirement specifications; every read applies the caller's organisation scope in the query. */
public interface ServiceRequirementRecords extends Repository<ServiceRequirement, Long> {

    ServiceRequirement saveAndFlush(ServiceRequirement requirement);

    boolean existsByOrganisationIdAndServiceCode(long organisationId, String serviceCode);

    /**
     * The specifications visible in a scope ({@code organisationId} null: all), optionally of one customer
     * organisation and/or one service.
     */
    @Query("""
            select r from ServiceRequirement r join fetch r.service s
            where (:organisationId is null or r.organisationId = :organisationId)
              and (:organisation is null or r.organisationCode = :organisation)
              and (:service is null or s.code = :service)
            order by r.organisationCode, s.code
            """)
    List<ServiceRequirement> findVisible(@Param("organisationId") Long organisationId,
            @Param("organisation") String organisation, @Param("service") String service);

    @Query("""
            select r from ServiceRequirement r join fetch r.service s
            where r.id = :id and (:organisationId is null or r.organisationId = :organisationId)
            """)
    Optional<ServiceRequirement> findVisible(@Param("id") long id, @Param("organisationId") Long organisationId);
}
