package org.coopera.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.coopera.base.ui.RecordAction;
import org.coopera.base.ui.RecordPage;
import org.coopera.security.Roles;

/** "Import projects" on the project list, for the roles that may create projects. */
@org.springframework.stereotype.Component
class ProjectImportAction implements RecordAction {

    static final String ROUTE = "projects/import";

    private final AuthenticationContext authentication;

    ProjectImportAction(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public RecordPage page() {
        return RecordPage.PROJECT_LIST;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(long recordId) {
        if (!authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER, Roles.OFFICER)) {
            return Optional.empty();
        }
        var button = new Button();
        button.setText(button.getTranslation("exchange.ui.import.open"));
        button.setIcon(VaadinIcon.UPLOAD.create());
        button.setId("project-import");
        button.addClickListener(click -> UI.getCurrent().navigate(ROUTE));
        return Optional.of(button);
    }
}
