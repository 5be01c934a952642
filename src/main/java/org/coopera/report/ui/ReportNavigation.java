package org.coopera.report.ui;

/** The addresses of the report feature's pages, for links from other features. */
public final class ReportNavigation {

    private ReportNavigation() {
    }

    public static String reports() {
        return "reports";
    }
}
