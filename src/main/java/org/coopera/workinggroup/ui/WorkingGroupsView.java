package org.coopera.workinggroup.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coopera.base.ui.UpcomingSectionView;
import org.coopera.security.Roles;

/** Navigation section "nav.working-groups"; its screens come with a later delivery. */
@Route("working-groups")
@Menu(title = "nav.working-groups", order = 1, icon = "vaadin:group")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
public class WorkingGroupsView extends UpcomingSectionView {

    WorkingGroupsView() {
        super("nav.working-groups", "section.working-groups.description");
    }
}
