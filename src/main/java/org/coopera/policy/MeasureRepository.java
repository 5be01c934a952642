package org.coopera.policy;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureRepository extends JpaRepository<Measure, Long> {

    boolean existsByActionPlanIdAndCode(long actionPlanId, String code);

    boolean existsByActionPlanIdAndCodeAndIdNot(long actionPlanId, String code, long id);
}
