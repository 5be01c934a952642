package org.coopera.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coopera.security.Role;
import org.junit.jupiter.api.Test;

/** Groups to roles, as configured by coopera.security.sso.role-groups.*. */
class GroupRoleMappingTest {

    private final GroupRoleMapping mapping = new GroupRoleMapping(new SsoProperties.RoleGroups(
            List.of("coopera-admins"), List.of("Coopera-Managers", " "), List.of("coopera-officers", "gtqm"),
            List.of()));

    @Test
    void everyMappedGroupGivesItsRoleIgnoringCase() {
        assertThat(mapping.rolesFor(List.of("COOPERA-MANAGERS", "gtqm", "comptabilite")))
                .containsExactlyInAnyOrder(Role.MANAGER, Role.OFFICER);
        assertThat(mapping.rolesFor(List.of(" coopera-admins "))).containsExactly(Role.ADMIN);
    }

    @Test
    void noMappedGroupGivesNoRoleAndABlankOrEmptyMappingMatchesNothing() {
        assertThat(mapping.rolesFor(List.of("comptabilite", ""))).isEmpty();
        assertThat(mapping.rolesFor(List.of())).isEmpty();
        assertThat(new GroupRoleMapping(new SsoProperties.RoleGroups(null, null, null, null))
                .rolesFor(List.of("coopera-admins"))).isEmpty();
    }

    @Test
    void aGroupsClaimIsAListOrOneStringOfNames() {
        assertThat(GroupRoleMapping.groupsIn(List.of("a", "b"))).containsExactly("a", "b");
        assertThat(GroupRoleMapping.groupsIn("a, b c")).containsExactly("a", "b", "c");
        assertThat(GroupRoleMapping.groupsIn(null)).isEmpty();
        assertThat(GroupRoleMapping.groupsIn(42)).isEmpty();
    }
}
