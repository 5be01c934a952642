package org.coopera.program.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coopera.base.ui.UpcomingSectionView;
import org.coopera.security.Roles;

/** Navigation section "nav.projects"; its screens come with a later delivery. */
@Route("projects")
@Menu(title = "nav.projects", order = 3, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
public class ProjectsView extends UpcomingSectionView {

    ProjectsView() {
        super("nav.projects", "section.projects.description");
    }
}
