package org.coopera.workinggroup;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    boolean existsByWorkingGroupIdAndNumber(long workingGroupId, int number);

    boolean existsByWorkingGroupIdAndNumberAndIdNot(long workingGroupId, int number, long id);

    boolean existsByIdAndWorkingGroupId(long id, long workingGroupId);
}
