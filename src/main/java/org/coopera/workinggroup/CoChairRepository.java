package org.coopera.workinggroup;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoChairRepository extends JpaRepository<CoChair, Long> {

    List<CoChair> findByWorkingGroupIdAndIdIn(long workingGroupId, Collection<Long> ids);
}
