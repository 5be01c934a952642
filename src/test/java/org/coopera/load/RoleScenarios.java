package org.coopera.load;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The three role scenarios, played on the real screens through {@link VaadinUiClient}, with a
 * think time between the steps. Each run is a new browser session (sign-in included).
 */
final class RoleScenarios {

    static final String PASSWORD = "coopera-demo";

    interface Step {
        void run() throws Exception;
    }

    interface Recorder {
        /** runs a step under a name; the client's round trips made meanwhile are counted under it */
        void step(String name, Step step) throws Exception;
    }

    private final Recorder recorder;
    private final long thinkMillis;

    RoleScenarios(Recorder recorder, long thinkMillis) {
        this.recorder = recorder;
        this.thinkMillis = thinkMillis;
    }

    /** Officer: signs in, Mes projets, opens a followed project, logs a status update and submits it. */
    void officer(VaadinUiClient c) throws Exception {
        recorder.step("officer: sign in", () -> c.signIn("agent", PASSWORD));
        recorder.step("officer: Mes projets", () -> c.open("my-projects"));
        think();
        recorder.step("officer: open project", () -> c.clickRow("my-projects-grid", pick(c.gridKeys("my-projects-grid"))));
        think();
        recorder.step("officer: log update", () -> c.click("update-log"));
        think();
        recorder.step("officer: type narrative", () -> c.setValue("update-narrative",
                "Avancement conforme au plan (essai de charge " + System.nanoTime() % 100000 + ")."));
        recorder.step("officer: submit", () -> {
            c.click("update-submit");
            if (c.has("update-dialog") && c.lastResponse().contains("\"update-failure\"")) {
                throw new IllegalStateException("the update was not saved");
            }
        });
    }

    /** Manager: dashboard, three filter changes, a drill-down, the XLSX export, approves a submitted update. */
    void manager(VaadinUiClient c) throws Exception {
        recorder.step("manager: sign in", () -> c.signIn("gestionnaire", PASSWORD));
        recorder.step("manager: dashboard", () -> c.open("dashboards"));
        think();
        recorder.step("manager: filter 1 (from year)", () -> c.setValue("dashboard-filter-from", "2011"));
        think();
        recorder.step("manager: filter 2 (to year)", () -> c.setValue("dashboard-filter-to", "2015"));
        think();
        recorder.step("manager: filter 3 (without update)", () -> c.setValue("dashboard-filter-without-update", true));
        think();
        recorder.step("manager: drill down", () -> c.click(c.firstId("dashboard-figure-", "vaadin-button")));
        think();
        recorder.step("manager: export XLSX", () -> {
            var file = c.download("/" + c.href("dashboard-export-all-xlsx"));
            if (file.statusCode() != 200 || file.body().length < 100) {
                throw new IllegalStateException("XLSX export: HTTP " + file.statusCode() + ", " + file.body().length + " bytes");
            }
        });
        think();
        recorder.step("manager: review queue", () -> c.navigate("review"));
        List<String> waiting = c.gridKeys("review-grid");
        if (!waiting.isEmpty()) {
            think();
            recorder.step("manager: open update", () -> c.call("review-grid", "select", pick(waiting)));
            if (hasApprove(c)) {
                recorder.step("manager: approve", () -> c.click(c.firstId("update-approve-", "vaadin-button")));
            }
        }
    }

    /** Reader: searches the bulletins, opens the programmes and a programme's page. */
    void reader(VaadinUiClient c) throws Exception {
        recorder.step("reader: sign in", () -> c.signIn("lecteur", PASSWORD));
        recorder.step("reader: bulletins", () -> c.open("bulletins"));
        think();
        recorder.step("reader: search bulletins", () -> c.setValue("bulletins-text", "Mexique"));
        think();
        recorder.step("reader: programmes", () -> c.navigate("programs"));
        think();
        recorder.step("reader: open programme", () -> c.clickRow("program-grid", pick(c.gridKeys("program-grid"))));
    }

    private static boolean hasApprove(VaadinUiClient c) {
        try {
            c.firstId("update-approve-", "vaadin-button");
            return true;
        } catch (IllegalStateException none) {
            return false;
        }
    }

    private static String pick(List<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("the grid shows no row");
        }
        return keys.get(ThreadLocalRandom.current().nextInt(keys.size()));
    }

    /** A think time: the given mean, from half to one and a half of it. */
    void think() throws InterruptedException {
        if (thinkMillis > 0) {
            Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis + 1));
        }
    }
}
