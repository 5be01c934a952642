package org.coopera.base.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the user who made it ("system" for jobs and migrations). */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = authentication != null && authentication.isAuthenticated()
                ? authentication.getName() : SYSTEM;
        ((AuditRevision) revisionEntity).setUsername(name);
    }
}
