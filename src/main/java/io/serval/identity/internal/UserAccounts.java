package io.serval.identity.internal;

import io.serval.identity.Role;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface UserAccounts extends Repository<UserAccount, Long> {

    UserAccount save(UserAccount user);

    UserAccount saveAndFlush(UserAccount user);

    /** With the organisation and the roles in the same query (every API request with a token loads its owner). */
    @Query("select u from UserAccount u join fetch u.organisation left join fetch u.roles where u.username = :username")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    boolean existsByUsername(String username);

    long count();

    boolean existsByOrganisation(Organisation organisation);

    /** The credentials version of an enabled user, by primary key: what every request of a page session checks. */
    @Query("select u.credentialsVersion from UserAccount u where u.id = :id and u.enabled = true")
    Optional<Long> enabledCredentialsVersion(@Param("id") long id);

    @Query("""
            select u from UserAccount u join u.organisation o
            where (:organisationId is null or o.id = :organisationId)
              and u.username = :username
            """)
    Optional<UserAccount> findVisible(@Param("username") String username, @Param("organisationId") Long organisationId);

    @Query(value = """
            select distinct u from UserAccount u join u.organisation o left join u.roles r
            where (:organisationId is null or o.id = :organisationId)
              and (:organisation is null or o.code = :organisation)
              and (:role is null or r = :role)
              and (:enabled is null or u.enabled = :enabled)
              and (:text is null or lower(u.username) like lower(concat('%', cast(:text as string), '%'))
                   or lower(u.displayName) like lower(concat('%', cast(:text as string), '%')))
            """,
            countQuery = """
            select count(distinct u) from UserAccount u join u.organisation o left join u.roles r
            where (:organisationId is null or o.id = :organisationId)
              and (:organisation is null or o.code = :organisation)
              and (:role is null or r = :role)
              and (:enabled is null or u.enabled = :enabled)
              and (:text is null or lower(u.username) like lower(concat('%', cast(:text as string), '%'))
                   or lower(u.displayName) like lower(concat('%', cast(:text as string), '%')))
            """)
    Page<UserAccount> search(@Param("organisationId") Long organisationId, @Param("text") String text,
            @Param("organisation") String organisation, @Param("role") Role role, @Param("enabled") Boolean enabled,
            Pageable pageable);
}
