package org.coopera.reference;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SectorRepository extends JpaRepository<Sector, Long> {

    /** All sectors with their axis in one query, axes first then by order. */
    @Query("select s from Sector s left join fetch s.parent order by coalesce(s.parent.sortOrder, s.sortOrder), s.sortOrder")
    List<Sector> findAllWithParent();

    Optional<Sector> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select coalesce(max(s.sortOrder), 0) from Sector s")
    int maxSortOrder();

    boolean existsByParent(Sector parent);

    @Query("""
            select s from Sector s left join fetch s.parent
            where s.code = :value or s.nameFr = :value or s.nameEn = :value""")
    List<Sector> findExact(@Param("value") String value);
}
