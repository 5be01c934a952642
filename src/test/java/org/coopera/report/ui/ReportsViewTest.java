package org.coopera.report.ui;

import org.coopera.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.Set;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.report.GeneratedReport;
import org.coopera.report.GeneratedReportService;
import org.coopera.report.ReportFormat;
import org.coopera.report.ReportJobStatus;
import org.coopera.report.ReportKind;
import org.coopera.security.Role;
import org.coopera.workinggroup.WorkingGroupService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Reports view: requesting a report, the archive with its progress and download links, the programme page's action. */
class ReportsViewTest extends KaribuTest {

    @Autowired
    WorkingGroupService workingGroups;

    @Autowired
    ProgramService programs;

    @Autowired
    GeneratedReportService reports;

    private ProgramSummary program2013;

    @BeforeEach
    void signIn() {
        login("agent", Role.OFFICER);
        long gtqm = workingGroups.find("GTQM", "", false, 0, 10).getFirst().id();
        program2013 = programs.programsOf(gtqm).stream().filter(p -> p.startYear() == 2013).findFirst().orElseThrow();
    }

    private ReportsView view() {
        return _get(ReportsView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<GeneratedReport> archive() {
        return _get(Grid.class, spec -> spec.withId("report-archive"));
    }

    private GeneratedReport awaitFinished(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            GeneratedReport report = reports.report(id).orElseThrow();
            if (report.status().finished()) {
                return report;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("report job " + id + " did not finish");
    }

    /** What the browser's poll does: the view's poll listener runs. */
    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radio(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ProgramSummary> programField() {
        return _get(ComboBox.class, spec -> spec.withId("report-program"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @Test
    void aProgrammeReportIsRequestedFollowedAndDownloadable() throws Exception {
        UI.getCurrent().navigate("reports");
        ReportsView view = view();
        assertThat(view.getPageTitle()).isEqualTo("Rapports");
        assertThat(radio("report-kind").getValue()).isEqualTo(ReportKind.PROGRAM);
        assertThat(radio("report-language").getValue()).isEqualTo("fr");
        long before = reports.count();

        programField().setValue(program2013);
        radio("report-format").setValue(Set.of(ReportFormat.PDF));
        _click(_get(Button.class, spec -> spec.withId("report-generate")));

        assertThat(reports.count()).isEqualTo(before + 1);
        GeneratedReport requested = GridKt._get(archive(), 0);
        assertThat(requested.subjectLabel()).isEqualTo("GTQM 2013-2015");
        assertThat(requested.format()).isEqualTo(ReportFormat.PDF);
        GeneratedReport done = awaitFinished(requested.id());
        assertThat(done.status()).isEqualTo(ReportJobStatus.DONE);

        poll();
        assertThat(UI.getCurrent().getPollInterval()).as("no polling once every job is finished").isEqualTo(-1);
        Component state = GridKt._getCellComponent(archive(), 0, "state");
        assertThat(((Span) state).getText()).isEqualTo("Terminé");
        Anchor link = (Anchor) GridKt._getCellComponent(archive(), 0, "result");
        assertThat(link.getId()).contains("report-download-" + done.id());
        assertThat(link.getText()).startsWith("rapport-GTQM-2013-2015-fr.pdf (");
    }

    @Test
    void missingChoicesAreMarkedAndNothingIsRequested() {
        UI.getCurrent().navigate("reports");
        long before = reports.count();

        _click(_get(Button.class, spec -> spec.withId("report-generate")));
        assertThat(programField().isInvalid()).isTrue();
        assertThat(programField().getErrorMessage()).isEqualTo("Choisissez une programmation.");

        radio("report-kind").setValue(ReportKind.ACTION_PLAN);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(ComboBox.class,
                spec -> spec.withId("report-program"))).as("the programme is not asked for a plan report").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("report-generate")));
        assertThat(select("report-plan").isInvalid()).isTrue();

        Select<ActionPlanRecord> plan = select("report-plan");
        plan.setValue(plan.getListDataView().getItems().filter(p -> p.startYear() == 2006).findFirst().orElseThrow());
        assertThat(select("report-year").getListDataView().getItems()).containsExactly(2006, 2007, 2008);
        _click(_get(Button.class, spec -> spec.withId("report-generate")));
        assertThat(select("report-year").isInvalid()).isTrue();
        assertThat(select("report-year").getErrorMessage()).isEqualTo("Choisissez une année de rapport.");
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void theAddressPreselectsTheProgramme() {
        UI.getCurrent().navigate("reports", QueryParameters.of("program", Long.toString(program2013.id())));
        assertThat(programField().getValue().id()).isEqualTo(program2013.id());
        UI.getCurrent().navigate("programs");
        UI.getCurrent().navigate("reports", QueryParameters.of("program", "pas-un-nombre"));
        assertThat(programField().getValue()).isNull();
    }

    @Test
    void theProgrammePageStartsTheReportAndOpensTheReportsView() throws Exception {
        long before = reports.count();
        UI.getCurrent().navigate("programs/" + program2013.id());
        _click(_get(Button.class, spec -> spec.withId("program-generate-report")));

        assertThat(_get(ReportsView.class)).isNotNull();
        assertThat(reports.count()).isEqualTo(before + 2);
        var newest = reports.reports(0, 2);
        assertThat(newest).extracting(GeneratedReport::format)
                .containsExactlyInAnyOrder(ReportFormat.PDF, ReportFormat.DOCX);
        for (GeneratedReport report : newest) {
            assertThat(awaitFinished(report.id()).status()).isEqualTo(ReportJobStatus.DONE);
        }
    }

    @Test
    void readersHaveNoGenerateAction() {
        login("lecteur", Role.READER);
        UI.getCurrent().navigate("programs/" + program2013.id());
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                spec -> spec.withId("program-generate-report"))).isEmpty();
    }
}
