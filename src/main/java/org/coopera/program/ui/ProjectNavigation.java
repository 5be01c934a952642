package org.coopera.program.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/**
 * Links to the project pages, for the other features (the views themselves stay package-private): the
 * project list and a project's page.
 */
public final class ProjectNavigation {

    private ProjectNavigation() {
    }

    /** The project list's address (an anchor's href). */
    public static String list() {
        return ProjectsView.ROUTE;
    }

    /** A project page's address (an anchor's href). */
    public static String project(long id) {
        return ProjectsView.ROUTE + "/" + id;  // ProjectView's route, "projects/:id"
    }

    /** Opens the project list. */
    public static void openList() {
        UI.getCurrent().navigate(ProjectsView.class);
    }

    /** Opens a project's page. */
    public static void openProject(long id) {
        UI.getCurrent().navigate(ProjectView.class, new RouteParameters(ProjectView.ID, String.valueOf(id)));
    }
}
