package org.coopera.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    /**
     * Counts a failed login without touching the version, so it never conflicts with an edit.
     * The lock is computed before the counter changes: MariaDB applies the assignments in order.
     */
    @Modifying
    @Query("""
            update UserAccount u set
              u.lockedUntil = case when u.failedAttempts + 1 >= :max then :lockUntil else u.lockedUntil end,
              u.failedAttempts = u.failedAttempts + 1
            where u.username = :username""")
    int recordFailure(@Param("username") String username, @Param("max") int maxAttempts,
                      @Param("lockUntil") Instant lockUntil);

    @Modifying
    @Query("update UserAccount u set u.failedAttempts = 0, u.lockedUntil = null where u.username = :username")
    int recordSuccess(@Param("username") String username);
}
