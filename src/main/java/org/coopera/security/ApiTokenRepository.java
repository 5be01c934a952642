package org.coopera.security;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);

    @Query("select t from ApiToken t order by t.createdAt desc")
    List<ApiToken> findPage(Pageable page);
}
