package org.coopera.program.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.coopera.base.export.TableExport;
import org.coopera.program.ProjectBatchService;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectRow;

/**
 * The project list as a table to export (CSV or XLSX): every project the filters match, read a
 * page at a time in code order, under a title and the filters stated in words.
 */
public final class ProjectListExport {

    /** Rows read per statement. */
    static final int PAGE = 2000;

    private ProjectListExport() {
    }

    /**
     * @param filterLines the filters, already in words ("Statut : En cours")
     * @param text        translations in the export's language
     */
    public static TableExport table(ProjectBatchService projects, ProjectFilter filter, List<String> filterLines,
                             Locale locale, BiFunction<String, Object[], String> text) {
        List<String> headers = List.of(
                text.apply("exchange.column.code", null), text.apply("project.ui.column.working-group", null),
                text.apply("exchange.column.program", null), text.apply("exchange.column.title-fr", null),
                text.apply("exchange.column.title-en", null), text.apply("exchange.export.sector-code", null),
                text.apply("exchange.column.sector", null), text.apply("exchange.export.country", null),
                text.apply("exchange.column.lead-quebec", null), text.apply("exchange.column.lead-partner", null),
                text.apply("exchange.column.start-date", null), text.apply("exchange.column.end-date", null),
                text.apply("exchange.column.budget", null), text.apply("exchange.column.status", null),
                text.apply("exchange.column.health", null), text.apply("exchange.column.regions", null));
        List<List<Object>> rows = new ArrayList<>();
        projects.forEachPage(filter, PAGE, page -> {
            Map<Long, String> regions = projects.regionLabels(page.stream().map(ProjectRow::id).toList(), locale);
            for (ProjectRow p : page) {
                rows.add(TableExport.row(p.code(), p.workingGroupAcronym(), p.workingGroupAcronym() + " " + p.programPeriod(),
                        p.titleFr(), p.titleEn(), p.sectorCode(), p.sectorName(locale), p.countryCode(), p.leadQuebec(),
                        p.leadPartner(), p.startDate(), p.endDate(), p.budget(),
                        text.apply("project.status." + p.status().name(), null),
                        text.apply("project.health." + p.health().name(), null), regions.getOrDefault(p.id(), "")));
            }
        });
        List<String> lines = new ArrayList<>();
        lines.add(text.apply("exchange.export.generated", new Object[] {LocalDate.now().toString(), rows.size()}));
        lines.addAll(filterLines.isEmpty() ? List.of(text.apply("exchange.export.no-filter", null)) : filterLines);
        return new TableExport(text.apply("exchange.export.title", null), lines, headers, rows);
    }
}
