package org.coopera.security.sso;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopera.security.Role;

/** The roles that a person's groups give, from {@code coopera.security.sso.role-groups}. */
final class GroupRoleMapping {

    private final Map<Role, Set<String>> groups;

    GroupRoleMapping(SsoProperties.RoleGroups config) {
        groups = Map.of(Role.ADMIN, normalised(config.admin()), Role.MANAGER, normalised(config.manager()),
                Role.OFFICER, normalised(config.officer()), Role.READER, normalised(config.reader()));
    }

    /** The roles given by any of these groups; empty when none is mapped. */
    Set<Role> rolesFor(Collection<String> personGroups) {
        Set<String> mine = normalised(personGroups);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach((role, wanted) -> {
            if (wanted.stream().anyMatch(mine::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    private static Set<String> normalised(Collection<String> names) {
        return names == null ? Set.of() : names.stream().filter(n -> n != null && !n.isBlank())
                .map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The groups in a claim: a list of strings, or one string with names separated by commas or spaces. */
    static List<String> groupsIn(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value && !value.isBlank()) {
            return List.of(value.split("[,\\s]+"));
        }
        return List.of();
    }
}
