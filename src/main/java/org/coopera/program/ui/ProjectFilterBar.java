package org.coopera.program.ui;

import org.coopera.base.ui.SearchFields;
import static org.coopera.base.ui.UrlFilters.constant;
import static org.coopera.base.ui.UrlFilters.number;
import static org.coopera.program.ui.ProjectFilterFields.caption;
import static org.coopera.program.ui.ProjectsView.P_COUNTRY;
import static org.coopera.program.ui.ProjectsView.P_FROM;
import static org.coopera.program.ui.ProjectsView.P_HEALTH;
import static org.coopera.program.ui.ProjectsView.P_PROGRAM;
import static org.coopera.program.ui.ProjectsView.P_SECTOR;
import static org.coopera.program.ui.ProjectsView.P_STATUS;
import static org.coopera.program.ui.ProjectsView.P_TEXT;
import static org.coopera.program.ui.ProjectsView.P_THEME;
import static org.coopera.program.ui.ProjectsView.P_TO;
import static org.coopera.program.ui.ProjectsView.P_WORKING_GROUP;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopera.base.ui.UrlFilterFields;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.reference.CountryRef;
import org.coopera.reference.CountryService;
import org.coopera.reference.SectorRef;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;

/**
 * The project list's filters, kept in the address: text, working group, then one of its programmes,
 * sector, partner country, status, health, theme and years; the filter they describe, and the same
 * filters in words for the export.
 */
final class ProjectFilterBar extends FormLayout {

    final TextField text = new TextField();
    final ComboBox<WorkingGroupSummary> workingGroup = new ComboBox<>();
    final ComboBox<ProgramSummary> program = new ComboBox<>();
    final ComboBox<SectorRef> sector = new ComboBox<>();
    final ComboBox<CountryRef> country = new ComboBox<>();
    final ComboBox<ProjectStatus> status = new ComboBox<>();
    final ComboBox<ProjectHealth> health = new ComboBox<>();
    final ComboBox<Theme> theme = new ComboBox<>();
    final IntegerField fromYear = new IntegerField();
    final IntegerField toYear = new IntegerField();
    final Button reset;

    private final ProgramService programs;
    private final UrlFilterFields address;

    ProjectFilterBar(String route, ProgramService programs, WorkingGroupService workingGroups,
                     CountryService countries, List<SectorRef> allSectors) {
        this.programs = programs;
        addClassName("project-filters");
        ProjectFilterFields.columns(this);

        caption(text, getTranslation("project.ui.filter.text"), "project-filter-text");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        SearchFields.cap(text);
        caption(workingGroup, getTranslation("project.ui.filter.working-group"), "project-filter-working-group");
        ProjectFilterFields.workingGroups(workingGroup, workingGroups);
        caption(program, getTranslation("project.ui.filter.program"), "project-filter-program");
        program.setItemLabelGenerator(p -> p.workingGroupAcronym() + " " + p.period());
        program.setClearButtonVisible(true);
        program.setHelperText(getTranslation("project.ui.filter.program.help"));
        program.setEnabled(false);
        caption(sector, getTranslation("project.ui.filter.sector"), "project-filter-sector");
        ProjectFilterFields.sectors(sector, allSectors, true);
        caption(country, getTranslation("project.ui.filter.country"), "project-filter-country");
        ProjectFilterFields.countries(country, countries);
        caption(status, getTranslation("project.ui.filter.status"), "project-filter-status");
        ProjectFilterFields.statuses(status);
        caption(health, getTranslation("project.ui.filter.health"), "project-filter-health");
        ProjectFilterFields.healths(health);
        caption(theme, getTranslation("project.ui.filter.theme"), "project-filter-theme");
        ProjectFilterFields.themes(theme);
        caption(fromYear, getTranslation("project.ui.filter.from-year"), "project-filter-from");
        caption(toYear, getTranslation("project.ui.filter.to-year"), "project-filter-to");
        ProjectFilterFields.years(fromYear, toYear);
        fromYear.setHelperText(getTranslation("project.ui.filter.years.help"));
        toYear.setHelperText(getTranslation("project.ui.filter.years.help"));
        add(text, workingGroup, program, sector, country, status, health, theme, fromYear, toYear);

        address = new UrlFilterFields(route);
        // a programme belongs to the working group chosen: changing the group clears it and offers the group's
        workingGroup.addValueChangeListener(change -> {
            if (!address.isRestoring()) {
                program.clear();
            }
            updateProgramChoices();
        });
        address.bind(P_TEXT, text, ProjectFilterBar::blankToNull, v -> v == null ? "" : v)
                // the group is the programme's when the address names only a programme
                .bindAll(P_WORKING_GROUP, workingGroup, WorkingGroupSummary::id, params ->
                        number(params.get(P_WORKING_GROUP)).or(() -> chosenProgram(params)
                                .map(ProgramSummary::workingGroupId)).flatMap(workingGroups::get).orElse(null))
                .bindAll(P_PROGRAM, program, ProgramSummary::id, params -> {
                    updateProgramChoices();
                    return chosenProgram(params).filter(p -> workingGroup.getValue() != null
                            && p.workingGroupId() == workingGroup.getValue().id()).orElse(null);
                })
                .bind(P_SECTOR, sector, SectorRef::id, v -> number(v)
                        .flatMap(id -> ProjectFilterFields.sector(allSectors, id)).orElse(null))
                .bind(P_COUNTRY, country, CountryRef::code, v -> Optional.ofNullable(v).flatMap(countries::byCode)
                        .orElse(null))
                .bind(P_STATUS, status, Enum::name, v -> constant(ProjectStatus.class, v))
                .bind(P_HEALTH, health, Enum::name, v -> constant(ProjectHealth.class, v))
                .bind(P_THEME, theme, Enum::name, v -> constant(Theme.class, v))
                .bind(P_FROM, fromYear, y -> y, v -> number(v).map(Long::intValue).orElse(null))
                .bind(P_TO, toYear, y -> y, v -> number(v).map(Long::intValue).orElse(null));
        reset = ProjectFilterFields.resetButton(getTranslation("project.ui.filter.reset"), "project-filter-reset",
                address::reset);
    }

    private Optional<ProgramSummary> chosenProgram(Map<String, String> params) {
        return number(params.get(P_PROGRAM)).flatMap(programs::get);
    }

    private void updateProgramChoices() {
        WorkingGroupSummary group = workingGroup.getValue();
        // a working group has a few programmes (one every two years): read whole
        program.setItems(group == null ? List.of() : programs.programsOf(group.id()));
        program.setEnabled(group != null);
    }

    /** Runs when the user changes the filters (then the address is replaced). */
    void onChange(Runnable listener) {
        address.addChangeListener(listener);
    }

    /** Sets the fields from the address, without firing. */
    void read(Location location) {
        address.read(location);
    }

    QueryParameters queryParameters() {
        return address.queryParameters();
    }

    /** The filter the fields describe. */
    ProjectFilter filter() {
        return new ProjectFilter(blankToNull(text.getValue()),
                program.getValue() == null ? null : program.getValue().id(),
                workingGroup.getValue() == null ? null : workingGroup.getValue().id(),
                sector.getValue() == null ? null : sector.getValue().id(),
                country.getValue() == null ? null : country.getValue().code(), status.getValue(), health.getValue(),
                theme.getValue(), fromYear.getValue(), toYear.getValue());
    }

    /** The filters in words, as the export states them ("Filtre « Statut » : En cours"); none when unfiltered. */
    List<String> filterLines() {
        List<String> lines = new ArrayList<>();
        addLine(lines, text, text.getValue());
        addLine(lines, workingGroup, workingGroup.getValue() == null ? null : workingGroup.getValue().acronym());
        addLine(lines, program, program.getValue() == null ? null
                : program.getValue().workingGroupAcronym() + " " + program.getValue().period());
        addLine(lines, sector, label(sector));
        addLine(lines, country, country.getValue() == null ? null : country.getValue().name(getLocale()));
        for (ComboBox<?> box : List.of(status, health, theme)) {
            addLine(lines, box, label(box));
        }
        addLine(lines, fromYear, fromYear.getValue());
        addLine(lines, toYear, toYear.getValue());
        return List.copyOf(lines);
    }

    private static <T> String label(ComboBox<T> box) {
        return box.getValue() == null ? null : box.getItemLabelGenerator().apply(box.getValue());
    }

    private void addLine(List<String> lines, HasLabel field, Object value) {
        if (value != null && !value.toString().isBlank()) {
            lines.add(getTranslation("exchange.export.filter-line", field.getLabel(), value));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
