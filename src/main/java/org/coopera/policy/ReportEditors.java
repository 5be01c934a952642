package org.coopera.policy;

import org.coopera.security.Roles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who sees the unpublished versions (draft, in review) of progress reports: the roles that edit them,
 * managers and administrators, as for status-update and bulletin drafts. Officers and readers see
 * published versions only, in every list, page, document and figure drawn from the reports.
 */
final class ReportEditors {

    private ReportEditors() {
    }

    /** Whether the signed-in user edits progress reports, and so sees their drafts. */
    static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_" + Roles.ADMIN) || a.equals("ROLE_" + Roles.MANAGER));
    }
}
