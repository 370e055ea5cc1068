package io.serval.catalog.internal;

import io.serval.catalog.ServiceStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface CatalogEntries extends Repository<CatalogEntry, Long> {

    CatalogEntry saveAndFlush(CatalogEntry entry);

    Optional<CatalogEntry> findByCode(String code);

    boolean existsByCode(String code);

    List<CatalogEntry> findAllByOrderByCode();

    List<CatalogEntry> findByStatusOrderByCode(ServiceStatus status);

    /**
     * Services whose code, names, descriptions, owner, delivery notes, components or packages contain
     * {@code text} (null: any).
     */
    @Query("""
            select s from CatalogEntry s
            where (:status is null or s.status = :status)
              and (:text is null
                   or lower(s.code) like lower(concat('%', cast(:text as string), '%'))
                   or lower(s.nameZh) like lower(concat('%', cast(:text as string), '%'))
                   or lower(s.nameEn) like lower(concat('%', cast(:text as string), '%'))
                   or lower(s.descriptionZh) like lower(concat('%', cast(:text as string), '%'))
                   or lower(s.descriptionEn) like lower(concat('%', cast(:text as string), '%'))
                   or lower(s.owner) like lower(concat('%', cast(:text as string), '%'))
                   or lower(s.deliveryNotes) like lower(concat('%', cast(:text as string), '%'))
                   or exists (select 1 from CatalogEntry e join e.components c
                              where e = s and lower(c) like lower(concat('%', cast(:text as string), '%')))
                   or exists (select 1 from CatalogEntry e join e.packages p
                              where e = s and (lower(p.code) like lower(concat('%', cast(:text as string), '%'))
                                 or lower(p.nameZh) like lower(concat('%', cast(:text as string), '%'))
                                 or lower(p.nameEn) like lower(concat('%', cast(:text as string), '%'))
                                 or lower(p.description) like lower(concat('%', cast(:text as string), '%')))))
            order by s.code
            """)
    List<CatalogEntry> search(@Param("text") String text, @Param("status") ServiceStatus status);
}
