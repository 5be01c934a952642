package org.coopera.program;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramRepository extends JpaRepository<Program, Long> {

    boolean existsByWorkingGroupIdAndStartYear(long workingGroupId, int startYear);

    boolean existsByWorkingGroupIdAndStartYearAndIdNot(long workingGroupId, int startYear, long id);
}
