package org.coopera.reference;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    @Query("""
            select p from Person p left join fetch p.organisation o left join fetch o.country
            where :filter = '' or p.fullName like concat('%', :filter, '%')""")
    List<Person> search(@Param("filter") String filter, Pageable page);

    @Query("select count(p) from Person p where :filter = '' or p.fullName like concat('%', :filter, '%')")
    long countSearch(@Param("filter") String filter);

    @Query("select p from Person p left join fetch p.organisation o left join fetch o.country where p.id = :id")
    java.util.Optional<Person> findWithOrganisation(@Param("id") long id);
}
