package org.coopera.report.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coopera.base.ui.UpcomingSectionView;
import org.coopera.security.Roles;

/** Navigation section "nav.reports"; its screens come with a later delivery. */
@Route("reports")
@Menu(title = "nav.reports", order = 7, icon = "vaadin:file-text")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
public class ReportsView extends UpcomingSectionView {

    ReportsView() {
        super("nav.reports", "section.reports.description");
    }
}
