package org.coopera.workinggroup;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkingGroupRepository extends JpaRepository<WorkingGroup, Long> {

    boolean existsByAcronym(String acronym);

    boolean existsByAcronymAndIdNot(String acronym, long id);
}
