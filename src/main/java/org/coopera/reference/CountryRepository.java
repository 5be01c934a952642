package org.coopera.reference;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CountryRepository extends JpaRepository<Country, String> {

    /**
     * Countries whose code or name (either language) matches. The columns use an accent- and
     * case-insensitive collation (utf8mb4_unicode_ci), so "haiti" finds "Haïti".
     */
    @Query("""
            select c from Country c
            where :filter = '' or c.code = :filter or c.alpha3 = :filter
               or c.nameFr like concat('%', :filter, '%') or c.nameEn like concat('%', :filter, '%')""")
    List<Country> search(@Param("filter") String filter, Pageable page);

    @Query("""
            select count(c) from Country c
            where :filter = '' or c.code = :filter or c.alpha3 = :filter
               or c.nameFr like concat('%', :filter, '%') or c.nameEn like concat('%', :filter, '%')""")
    long countSearch(@Param("filter") String filter);

    @Query("""
            select c from Country c
            where c.code = :value or c.alpha3 = :value or c.nameFr = :value or c.nameEn = :value""")
    List<Country> findExact(@Param("value") String value);
}
