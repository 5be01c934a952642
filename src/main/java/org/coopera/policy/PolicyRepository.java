package org.coopera.policy;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyRepository extends JpaRepository<Policy, Long> {

    /** Case ignored by the column's collation. */
    boolean existsByCode(String code);
}
