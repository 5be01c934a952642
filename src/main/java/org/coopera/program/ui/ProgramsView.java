package org.coopera.program.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coopera.base.ui.UpcomingSectionView;
import org.coopera.security.Roles;

/** Navigation section "nav.programs"; its screens come with a later delivery. */
@Route("programs")
@Menu(title = "nav.programs", order = 2, icon = "vaadin:calendar")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
public class ProgramsView extends UpcomingSectionView {

    ProgramsView() {
        super("nav.programs", "section.programs.description");
    }
}
