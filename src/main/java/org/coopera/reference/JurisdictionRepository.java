package org.coopera.reference;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JurisdictionRepository extends JpaRepository<Jurisdiction, Long> {

    @Query("""
            select j from Jurisdiction j join fetch j.country c
            where :filter = '' or j.nameFr like concat('%', :filter, '%') or j.nameEn like concat('%', :filter, '%')
               or c.nameFr like concat('%', :filter, '%') or c.nameEn like concat('%', :filter, '%')""")
    List<Jurisdiction> search(@Param("filter") String filter, Pageable page);

    @Query("""
            select count(j) from Jurisdiction j join j.country c
            where :filter = '' or j.nameFr like concat('%', :filter, '%') or j.nameEn like concat('%', :filter, '%')
               or c.nameFr like concat('%', :filter, '%') or c.nameEn like concat('%', :filter, '%')""")
    long countSearch(@Param("filter") String filter);

    @Query("select j from Jurisdiction j join fetch j.country where j.id = :id")
    java.util.Optional<Jurisdiction> findWithCountry(@Param("id") long id);

    boolean existsByCountryCodeAndKind(String countryCode, JurisdictionKind kind);

    boolean existsByCountryCodeAndNameFr(String countryCode, String nameFr);

    boolean existsByCountryCodeAndKindAndIdNot(String countryCode, JurisdictionKind kind, long id);

    boolean existsByCountryCodeAndNameFrAndIdNot(String countryCode, String nameFr, long id);
}
