package org.coopera.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/** The landing page after sign-in: the panels features add for the user (welcome and roles, overdue projects, follow-up). */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends Main implements HasDynamicTitle {

    HomeView(List<HomePanel> panels) {
        addClassName("home-view");
        panels.stream().sorted(Comparator.comparingInt(HomePanel::order))
                .forEach(panel -> panel.create().ifPresent(this::add));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
