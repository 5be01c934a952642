package org.coopera.policy;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {
}
