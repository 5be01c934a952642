package org.coopera.reference;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("""
            select o from Organisation o join fetch o.country c
            where (:filter = '' or o.name like concat('%', :filter, '%') or o.acronym = :filter)
              and (:country = '' or c.code = :country)""")
    List<Organisation> search(@Param("filter") String filter, @Param("country") String country, Pageable page);

    @Query("""
            select count(o) from Organisation o join o.country c
            where (:filter = '' or o.name like concat('%', :filter, '%') or o.acronym = :filter)
              and (:country = '' or c.code = :country)""")
    long countSearch(@Param("filter") String filter, @Param("country") String country);

    @Query("select o from Organisation o join fetch o.country where o.id = :id")
    Optional<Organisation> findWithCountry(@Param("id") long id);

    @Query("""
            select o from Organisation o join fetch o.country c
            where (o.name = :value or o.acronym = :value) and (:country = '' or c.code = :country)""")
    List<Organisation> findExact(@Param("value") String value, @Param("country") String country);
}
