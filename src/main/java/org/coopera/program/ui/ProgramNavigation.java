package org.coopera.program.ui;

/** The addresses of the programme feature's pages (programmes, projects, updates), for links from other features. */
public final class ProgramNavigation {

    private ProgramNavigation() {
    }

    public static String programs() {
        return "programs";
    }

    public static String program(long id) {
        return "programs/" + id;
    }

    public static String projects() {
        return "projects";
    }

    public static String project(long id) {
        return "projects/" + id;
    }

    public static String myProjects() {
        return "my-projects";
    }
}
