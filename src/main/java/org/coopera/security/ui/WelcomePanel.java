package org.coopera.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import org.coopera.base.ui.HomePanel;
import org.coopera.security.CurrentUserService;

/** The top of the landing page: who you are and what your roles let you do. */
@org.springframework.stereotype.Component
class WelcomePanel implements HomePanel {

    private final CurrentUserService currentUser;

    WelcomePanel(CurrentUserService currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return -100;
    }

    @Override
    public Optional<Component> create() {
        return currentUser.current().map(user -> {
            var panel = new Div();
            panel.addClassName("welcome-panel");
            panel.add(new H2(panel.getTranslation("home.welcome", user.displayName())));
            panel.add(new Paragraph(panel.getTranslation("home.intro")));
            var roles = new UnorderedList();
            roles.setId("home-roles");
            user.roles().stream().sorted().forEach(role ->
                    roles.add(new ListItem(panel.getTranslation("role." + role.name()) + " — "
                            + panel.getTranslation("role." + role.name() + ".description"))));
            panel.add(new Paragraph(panel.getTranslation("home.roles")), roles);
            return panel;
        });
    }
}
