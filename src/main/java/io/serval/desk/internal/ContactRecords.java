package io.serval.desk.internal;

import io.serval.desk.ContactChannel;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ContactRecords extends Repository<ContactRecord, Long> {

    ContactRecord save(ContactRecord contact);

    /** A contact the caller may see: any for the desk ({@code organisation} null), else its organisation's. */
    @Query("select c from ContactRecord c where c.id = :id and (:organisation is null or c.organisation = :organisation)")
    Optional<ContactRecord> findVisible(@Param("id") long id, @Param("organisation") String organisation);

    @Query("""
            select c from ContactRecord c
            where (:organisation is null or c.organisation = :organisation)
              and (:channel is null or c.channel = :channel)
              and (:customer is null or c.customer = :customer)
              and (:ticket is null or (c.subjectType = 'TICKET' and c.subjectId = :ticket))
              and (:q is null or lower(c.summary) like :q or lower(c.name) like :q or lower(c.customer) like :q)
            """)
    Page<ContactRecord> search(@Param("organisation") String organisation, @Param("channel") ContactChannel channel,
            @Param("customer") String customer, @Param("ticket") Long ticket, @Param("q") String q, Pageable pageable);

    List<ContactRecord> findBySubjectTypeAndSubjectIdOrderByAtAscIdAsc(String subjectType, Long subjectId);
}
