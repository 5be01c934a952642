package org.coopera.program.ui;

import org.coopera.program.ProjectHealth;

/** Lumo badge variants for a project's health; always shown with the health's name, never colour alone. */
final class ProjectBadges {

    private ProjectBadges() {
    }

    static String healthTheme(ProjectHealth health) {
        return switch (health) {
            case ON_TRACK -> "success";
            case AT_RISK -> "warning";
            case OFF_TRACK -> "error";
        };
    }
}
