package org.coopera.workinggroup.ui;

/** The addresses of the working-group feature's pages, for links from other features. */
public final class WorkingGroupNavigation {

    private WorkingGroupNavigation() {
    }

    public static String workingGroups() {
        return "working-groups";
    }

    public static String workingGroup(long id) {
        return "working-groups/" + id;
    }
}
