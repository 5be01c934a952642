package org.coopera.policy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureProgressRepository extends JpaRepository<MeasureProgress, Long> {

    Optional<MeasureProgress> findByReportIdAndMeasureId(long reportId, long measureId);

    List<MeasureProgress> findByReportId(long reportId);
}
