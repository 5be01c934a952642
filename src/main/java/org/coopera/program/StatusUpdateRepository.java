package org.coopera.program;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StatusUpdateRepository extends JpaRepository<StatusUpdate, Long> {

    @Modifying
    @Query(value = "insert into status_update_step (status_update_id, action, actor, at, reason) values (?1, ?2, ?3, ?4, ?5)",
            nativeQuery = true)
    void recordStep(long updateId, String action, String actor, java.time.LocalDateTime at, String reason);
}
