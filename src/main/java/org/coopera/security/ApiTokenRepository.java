package org.coopera.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);

    @Query("select t from ApiToken t order by t.createdAt desc")
    List<ApiToken> findPage(Pageable page);

    /** Records a use without touching the version (a use never conflicts with a revocation). */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
    int recordUse(@Param("id") long id, @Param("now") Instant now);
}
