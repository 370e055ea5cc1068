package io.serval.catalog.internal;

import io.serval.catalog.CatalogVersionSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CatalogVersions extends Repository<CatalogVersion, Long> {

    CatalogVersion saveAndFlush(CatalogVersion version);

    Optional<CatalogVersion> findByNumber(int number);

    /** The version published before {@code number}. */
    Optional<CatalogVersion> findFirstByNumberLessThanOrderByNumberDesc(int number);

    Optional<CatalogVersion> findFirstByOrderByNumberDesc();

    /** The history, newest first, without loading the snapshots. */
    @Query("""
            select new io.serval.catalog.CatalogVersionSummary(v.number, v.note, v.serviceCount, v.createdBy, v.createdAt)
            from CatalogVersion v order by v.number desc
            """)
    List<CatalogVersionSummary> summaries();

    @Query("select coalesce(max(v.number), 0) from CatalogVersion v")
    int lastNumber();
}
