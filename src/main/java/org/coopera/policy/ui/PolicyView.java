package org.coopera.policy.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coopera.base.ui.UpcomingSectionView;
import org.coopera.security.Roles;

/** Navigation section "nav.policy"; its screens come with a later delivery. */
@Route("policy")
@Menu(title = "nav.policy", order = 4, icon = "vaadin:book")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
public class PolicyView extends UpcomingSectionView {

    PolicyView() {
        super("nav.policy", "section.policy.description");
    }
}
