package org.coopera.policy;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    @Query("select max(r.reportVersion) from ProgressReport r where r.actionPlanId = ?1 and r.reportingStartYear = ?2")
    Optional<Integer> latestVersion(long actionPlanId, int reportingStartYear);
}
