package org.coopera.dashboard.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coopera.base.ui.UpcomingSectionView;
import org.coopera.security.Roles;

/** Navigation section "nav.dashboards"; its screens come with a later delivery. */
@Route("dashboards")
@Menu(title = "nav.dashboards", order = 6, icon = "vaadin:chart")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class DashboardView extends UpcomingSectionView {

    DashboardView() {
        super("nav.dashboards", "section.dashboards.description");
    }
}
