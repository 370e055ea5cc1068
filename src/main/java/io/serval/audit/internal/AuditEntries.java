package io.serval.audit.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Stored audit entries; {@link #search} takes real bounds ({@code from}, {@code to} exclusive), never null ones. */
public interface AuditEntries extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where (:entityType is null or e.entityType = :entityType)
              and (:actor is null or e.actor = :actor)
              and (:key is null or lower(e.entityKey) like lower(concat('%', cast(:key as string), '%')))
              and e.occurredAt >= :from and e.occurredAt < :to
            """)
    Page<AuditEntry> search(@Param("entityType") String entityType, @Param("actor") String actor,
            @Param("key") String key, @Param("from") Instant from, @Param("to") Instant to, Pageable pageable);

    @Query("select distinct e.entityType from AuditEntry e order by e.entityType")
    List<String> entityTypes();
}
