package org.coopera.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProjectRepository extends JpaRepository<Project, Long> {

    boolean existsByProgramIdAndCode(long programId, String code);

    boolean existsByProgramIdAndCodeAndIdNot(long programId, String code, long id);

    boolean existsByCarriedOverFromId(long projectId);

    List<Project> findByProgramId(long programId);

    @Query(value = "select count(*) from status_update where project_id = :id", nativeQuery = true)
    long countStatusUpdates(long id);

    long countByProgramId(long programId);

    @Query(value = "select count(*) from program_baseline where project_id = :id", nativeQuery = true)
    long countBaselineEntries(@Param("id") long projectId);
}
