package org.coopera.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopera.dashboard.DashboardRows.GroupRow;
import org.coopera.dashboard.DashboardRows.PeriodRow;
import org.coopera.dashboard.DashboardRows.SectorAxis;
import org.coopera.dashboard.DashboardRows.SectorRow;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.junit.jupiter.api.Test;

/** The regrouping of the dashboard's counts into table rows (no Spring context, no database). */
class DashboardRowsTest {

    private static SectorStatusCount sector(long id, String code, ProjectStatus status, long n) {
        return new SectorStatusCount(id, code, code + "-fr", code + "-en", status, n);
    }

    private static PeriodSectorCount period(int start, int end, long axis, long n) {
        return new PeriodSectorCount(start, end, axis, "S" + axis, "axe " + axis, "axis " + axis, n);
    }

    @Test
    void sectorRowsKeepTheQueryOrderAndPutStatusesInTheirOrder() {
        List<SectorRow> rows = DashboardRows.sectors(List.of(
                sector(3, "RI", ProjectStatus.IMPLEMENTATION, 10), sector(3, "RI", ProjectStatus.PIPELINE, 2),
                sector(1, "CUL", ProjectStatus.CLOSED, 7)));

        assertThat(rows).extracting(row -> row.sector().code()).containsExactly("RI", "CUL");
        SectorRow ri = rows.getFirst();
        assertThat(ri.sector()).isEqualTo(new SectorAxis(3, "RI", "RI-fr", "RI-en"));
        assertThat(ri.sector().name(Locale.ENGLISH)).isEqualTo("RI-en");
        assertThat(ri.sector().name(Locale.CANADA_FRENCH)).isEqualTo("RI-fr");
        assertThat(ri.byStatus().keySet()).as("statuses in their order, only those counted")
                .containsExactly(ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION);
        assertThat(ri.total()).isEqualTo(12);
        assertThat(ri.count(ProjectStatus.CLOSED)).as("a status not counted is zero").isZero();
        assertThat(rows.get(1).total()).isEqualTo(7);
    }

    @Test
    void countsOfTheSameCellAddUp() {
        List<SectorRow> rows = DashboardRows.sectors(List.of(sector(3, "RI", ProjectStatus.CLOSED, 4),
                sector(3, "RI", ProjectStatus.CLOSED, 5)));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.count(ProjectStatus.CLOSED)).isEqualTo(9);
            assertThat(row.total()).isEqualTo(9);
        });
    }

    @Test
    void periodRowsHaveAColumnPerAxisInOrderOfFirstAppearance() {
        DashboardRows.PeriodTable table = DashboardRows.periods(List.of(period(2011, 2013, 5, 3),
                period(2013, 2015, 3, 12), period(2013, 2015, 5, 7), period(2013, 2015, 3, 1)));

        assertThat(table.axes()).extracting(SectorAxis::id).containsExactly(5L, 3L);
        assertThat(table.axes().getFirst().name(Locale.ENGLISH)).isEqualTo("axis 5");
        assertThat(table.rows()).extracting(PeriodRow::period).containsExactly("2011-2013", "2013-2015");
        PeriodRow latest = table.rows().get(1);
        assertThat(latest.startYear()).isEqualTo(2013);
        assertThat(latest.count(3)).isEqualTo(13);
        assertThat(latest.count(5)).isEqualTo(7);
        assertThat(latest.total()).isEqualTo(20);
        assertThat(table.rows().getFirst().count(3)).as("an axis without projects in a period is zero").isZero();
    }

    @Test
    void groupRowsCountEachHealth() {
        List<GroupRow> rows = DashboardRows.groups(List.of(
                new WorkingGroupHealthCount(7, "GTQB", ProjectHealth.OFF_TRACK, 1),
                new WorkingGroupHealthCount(2, "GTQM", ProjectHealth.AT_RISK, 3),
                new WorkingGroupHealthCount(2, "GTQM", ProjectHealth.ON_TRACK, 21),
                new WorkingGroupHealthCount(7, "GTQB", ProjectHealth.ON_TRACK, 4)));

        assertThat(rows).extracting(GroupRow::acronym).containsExactly("GTQB", "GTQM");
        assertThat(rows.get(1).byHealth().keySet()).containsExactly(ProjectHealth.ON_TRACK, ProjectHealth.AT_RISK);
        assertThat(rows.get(1).total()).isEqualTo(24);
        assertThat(rows.get(0).count(ProjectHealth.AT_RISK)).isZero();
        assertThat(rows.get(0).total()).isEqualTo(5);
    }

    @Test
    void aWholeDashboardGivesEveryTableAndNoCountsGiveNoRows() {
        KeyFigures none = new KeyFigures(0, 0, Map.of(), 0, 0, 0, BigDecimal.ZERO, 0);
        DashboardRows empty = DashboardRows.of(new Dashboard(DashboardFilter.none(), none, List.of(), List.of(),
                List.of(), List.of()));
        assertThat(empty.bySector()).isEmpty();
        assertThat(empty.periodAxes()).isEmpty();
        assertThat(empty.byPeriod()).isEmpty();
        assertThat(empty.byGroup()).isEmpty();

        DashboardRows rows = DashboardRows.of(new Dashboard(DashboardFilter.none(), none,
                List.of(sector(1, "CUL", ProjectStatus.IMPLEMENTATION, 7)), List.of(),
                List.of(period(2013, 2015, 1, 7)),
                List.of(new WorkingGroupHealthCount(2, "GTQM", ProjectHealth.ON_TRACK, 7))));
        assertThat(rows.bySector()).extracting(SectorRow::total).containsExactly(7L);
        assertThat(rows.byPeriod()).extracting(PeriodRow::total).containsExactly(7L);
        assertThat(rows.byGroup()).extracting(GroupRow::total).containsExactly(7L);
        assertThatThrownBy(() -> rows.bySector().getFirst().byStatus().put(ProjectStatus.CLOSED, 1L))
                .as("rows are read-only").isInstanceOf(UnsupportedOperationException.class);
    }
}
