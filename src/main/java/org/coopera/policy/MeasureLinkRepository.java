package org.coopera.policy;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureLinkRepository extends JpaRepository<MeasureLink, Long> {
}
