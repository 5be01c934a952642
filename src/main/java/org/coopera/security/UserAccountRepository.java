package org.coopera.security;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findByExternalIssuerAndExternalSubject(String externalIssuer, String externalSubject);

    @Query("""
            select u from UserAccount u
            where :filter = '' or lower(u.username) like concat('%', :filter, '%')
               or lower(u.displayName) like concat('%', :filter, '%')""")
    Page<UserAccount> search(@Param("filter") String filter, Pageable pageable);

    @Query("""
            select count(u) from UserAccount u
            where :filter = '' or lower(u.username) like concat('%', :filter, '%')
               or lower(u.displayName) like concat('%', :filter, '%')""")
    long countSearch(@Param("filter") String filter);

    @Query("select count(u) from UserAccount u join u.roles r where r = org.coopera.security.Role.ADMIN and u.enabled = true")
    long countEnabledAdministrators();

    /** The security stamp of an enabled user; empty when the user is disabled or unknown. */
    @Query("select u.securityStamp from UserAccount u where u.username = :username and u.enabled = true")
    Optional<Long> findActiveSecurityStamp(@Param("username") String username);
}
