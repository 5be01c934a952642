package org.coopera.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.coopera.security.CurrentUserService;

/** The landing page after sign-in: who you are and what your roles let you do. */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

    HomeView(CurrentUserService currentUser, List<HomePanel> panels) {
        addClassName("home-view");
        currentUser.current().ifPresent(user -> {
            add(new H2(getTranslation("home.welcome", user.displayName())));
            add(new Paragraph(getTranslation("home.intro")));
            var roles = new UnorderedList();
            roles.setId("home-roles");
            user.roles().stream().sorted().forEach(role ->
                    roles.add(new ListItem(getTranslation("role." + role.name()) + " — "
                            + getTranslation("role." + role.name() + ".description"))));
            add(new Paragraph(getTranslation("home.roles")), roles);
        });
        panels.stream().sorted(Comparator.comparingInt(HomePanel::order))
                .forEach(panel -> panel.create().ifPresent(this::add));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
