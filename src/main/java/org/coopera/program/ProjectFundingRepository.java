package org.coopera.program;

import java.math.BigDecimal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectFundingRepository extends JpaRepository<ProjectFunding, Long> {

    boolean existsByProjectIdAndFiscalYearAndFunderId(long projectId, int fiscalYear, long funderId);

    boolean existsByProjectIdAndFiscalYearAndFunderIdAndIdNot(long projectId, int fiscalYear, long funderId, long id);

    long countByProjectId(long projectId);

    @Query("select coalesce(sum(f.approved), 0) from ProjectFunding f where f.project.id = ?1")
    BigDecimal approvedTotal(long projectId);
}
