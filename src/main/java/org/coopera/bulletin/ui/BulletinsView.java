package org.coopera.bulletin.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coopera.base.ui.UpcomingSectionView;
import org.coopera.security.Roles;

/** Navigation section "nav.bulletins"; its screens come with a later delivery. */
@Route("bulletins")
@Menu(title = "nav.bulletins", order = 5, icon = "vaadin:newspaper")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
public class BulletinsView extends UpcomingSectionView {

    BulletinsView() {
        super("nav.bulletins", "section.bulletins.description");
    }
}
