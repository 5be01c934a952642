package org.coopera.reference;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What still points at a person or a jurisdiction, named for the user (working-group acronyms), so
 * that a refused deletion says what references the record. Reads the referencing tables by SQL:
 * the reference feature does not depend on the features that use it.
 */
@Component
class ReferenceUsage {

    private final JdbcClient jdbc;

    ReferenceUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The working groups of which the person is (or was) a co-chair. */
    List<String> coChairedWorkingGroups(long personId) {
        return jdbc.sql("""
                        select distinct wg.acronym from co_chair c join working_group wg on wg.id = c.working_group_id
                        where c.person_id = :id order by wg.acronym""")
                .param("id", personId).query(String.class).list();
    }

    /** The working groups whose partner is the jurisdiction. */
    List<String> workingGroupsWithPartner(long jurisdictionId) {
        return jdbc.sql("select acronym from working_group where jurisdiction_id = :id order by acronym")
                .param("id", jurisdictionId).query(String.class).list();
    }
}
