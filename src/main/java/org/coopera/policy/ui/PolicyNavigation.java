package org.coopera.policy.ui;

/** The addresses of the policy feature's pages, for links from other features. */
public final class PolicyNavigation {

    static final String POLICY = "policy";
    static final String MEASURE = "policy/measures/:id";
    static final String PROGRESS_REPORT = "policy/reports/:id";

    private PolicyNavigation() {
    }

    public static String policy() {
        return POLICY;
    }

    public static String measure(long id) {
        return "policy/measures/" + id;
    }

    public static String progressReport(long id) {
        return "policy/reports/" + id;
    }
}
