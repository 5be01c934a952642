package org.coopera.policy;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectiveRepository extends JpaRepository<Objective, Long> {
}
