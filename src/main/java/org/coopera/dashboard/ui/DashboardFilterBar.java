package org.coopera.dashboard.ui;

import static org.coopera.base.ui.UrlFilters.constant;
import static org.coopera.base.ui.UrlFilters.number;
import static org.coopera.program.ui.ProjectFilterFields.caption;
import static org.coopera.program.ui.ProjectFilterFields.year;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.base.ui.UrlFilterFields;
import org.coopera.dashboard.DashboardFilter;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.program.ui.ProjectFilterFields;
import org.coopera.reference.CountryRef;
import org.coopera.reference.CountryService;
import org.coopera.reference.SectorRef;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;

/**
 * The dashboard's filters, kept in the address: the fields, the filter they describe, the same filter in
 * words for the exports, and the drill-downs that narrow it (several fields at once, one refresh).
 */
final class DashboardFilterBar extends FormLayout {

    static final String P_PERIOD = "period";
    static final String P_FROM = "from";
    static final String P_TO = "to";
    static final String P_WORKING_GROUP = "workingGroup";
    static final String P_COUNTRY = "country";
    static final String P_SECTOR = "sector";
    static final String P_STATUS = "status";
    static final String P_HEALTH = "health";
    static final String P_THEME = "theme";
    static final String P_WITHOUT_UPDATE = "withoutUpdate";

    final IntegerField period = new IntegerField();
    final IntegerField fromYear = new IntegerField();
    final IntegerField toYear = new IntegerField();
    final ComboBox<WorkingGroupSummary> workingGroup = new ComboBox<>();
    final ComboBox<CountryRef> country = new ComboBox<>();
    final ComboBox<SectorRef> sector = new ComboBox<>();
    final ComboBox<ProjectStatus> status = new ComboBox<>();
    final ComboBox<ProjectHealth> health = new ComboBox<>();
    final ComboBox<Theme> theme = new ComboBox<>();
    final Checkbox withoutUpdate = new Checkbox();
    final Button reset;

    private final WorkingGroupService workingGroups;
    private final CountryService countries;
    private final List<SectorRef> allSectors;
    private final UrlFilterFields address;

    DashboardFilterBar(String route, WorkingGroupService workingGroups, CountryService countries,
                       List<SectorRef> allSectors, LocalDate overdueBefore) {
        this.workingGroups = workingGroups;
        this.countries = countries;
        this.allSectors = allSectors;
        addClassName("dashboard-filters");
        ProjectFilterFields.columns(this);

        caption(period, getTranslation("dashboard.ui.filter.period"), "dashboard-filter-period")
                .setHelperText(getTranslation("dashboard.ui.filter.period.help"));
        caption(fromYear, getTranslation("dashboard.ui.filter.from-year"), "dashboard-filter-from");
        caption(toYear, getTranslation("dashboard.ui.filter.to-year"), "dashboard-filter-to");
        ProjectFilterFields.years(period, fromYear, toYear);
        caption(workingGroup, getTranslation("dashboard.ui.filter.working-group"), "dashboard-filter-working-group");
        ProjectFilterFields.workingGroups(workingGroup, workingGroups);
        caption(country, getTranslation("dashboard.ui.filter.country"), "dashboard-filter-country");
        ProjectFilterFields.countries(country, countries);
        caption(sector, getTranslation("dashboard.ui.filter.sector"), "dashboard-filter-sector");
        ProjectFilterFields.sectors(sector, allSectors, false);
        caption(status, getTranslation("dashboard.ui.filter.status"), "dashboard-filter-status");
        ProjectFilterFields.statuses(status);
        caption(health, getTranslation("dashboard.ui.filter.health"), "dashboard-filter-health");
        ProjectFilterFields.healths(health);
        caption(theme, getTranslation("dashboard.ui.filter.theme"), "dashboard-filter-theme");
        ProjectFilterFields.themes(theme);
        caption(withoutUpdate, getTranslation("dashboard.ui.filter.without-update", overdueBefore),
                "dashboard-filter-without-update");
        add(period, fromYear, toYear, workingGroup, country, sector, status, health, theme, withoutUpdate);

        address = new UrlFilterFields(route)
                .bind(P_PERIOD, period, y -> y, ProjectFilterFields::year)
                .bind(P_FROM, fromYear, y -> y, ProjectFilterFields::year)
                .bind(P_TO, toYear, y -> y, ProjectFilterFields::year)
                .bind(P_WORKING_GROUP, workingGroup, WorkingGroupSummary::id,
                        v -> number(v).flatMap(workingGroups::get).orElse(null))
                .bind(P_COUNTRY, country, CountryRef::code, v -> Optional.ofNullable(v).flatMap(countries::byCode)
                        .orElse(null))
                .bind(P_SECTOR, sector, SectorRef::id, v -> number(v).map(this::sectorById).orElse(null))
                .bind(P_STATUS, status, Enum::name, v -> constant(ProjectStatus.class, v))
                .bind(P_HEALTH, health, Enum::name, v -> constant(ProjectHealth.class, v))
                .bind(P_THEME, theme, Enum::name, v -> constant(Theme.class, v))
                .bind(P_WITHOUT_UPDATE, withoutUpdate, on -> on ? "true" : null, "true"::equals);
        reset = ProjectFilterFields.resetButton(getTranslation("dashboard.ui.filter.reset"), "dashboard-filter-reset",
                address::reset);
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
    DashboardFilter filter() {
        return new DashboardFilter(period.getValue(), fromYear.getValue(), toYear.getValue(),
                workingGroup.getValue() == null ? null : workingGroup.getValue().id(),
                country.getValue() == null ? null : country.getValue().code(),
                sector.getValue() == null ? null : sector.getValue().id(), status.getValue(), health.getValue(),
                theme.getValue(), Boolean.TRUE.equals(withoutUpdate.getValue()));
    }

    /** The filters in words, one per line ("Groupe de travail : GTQM — …"), or that there are none. */
    List<String> filterLines(LocalDate today) {
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("dashboard.export.generated", LocalizedDates.date(today, getLocale())));
        int before = lines.size();
        for (IntegerField year : List.of(period, fromYear, toYear)) {
            if (year.getValue() != null) {
                lines.add(getTranslation("dashboard.export.filter", year.getLabel(), String.valueOf(year.getValue())));
            }
        }
        for (ComboBox<?> box : List.of(workingGroup, country, sector, status, health, theme)) {
            filterLine(lines, box);
        }
        if (Boolean.TRUE.equals(withoutUpdate.getValue())) {
            lines.add(withoutUpdate.getLabel());
        }
        if (lines.size() == before) {
            lines.add(getTranslation("dashboard.export.no-filter"));
        }
        return lines;
    }

    private static <T> void filterLine(List<String> lines, ComboBox<T> box) {
        if (box.getValue() != null) {
            lines.add(box.getTranslation("dashboard.export.filter", box.getLabel(),
                    box.getItemLabelGenerator().apply(box.getValue())));
        }
    }

    // ---- drill-down: several filters at once, then one refresh --------------------------------

    /** Sets filters without refreshing on each, then refreshes once and writes the address. */
    void drillDown(Runnable change) {
        address.change(change);
    }

    void drillToSector(long sectorId, ProjectStatus withStatus) {
        SectorRef chosen = sectorById(sectorId);
        drillDown(() -> {
            sector.setValue(chosen);
            if (withStatus != null) {
                status.setValue(withStatus);
            }
        });
    }

    void drillToPeriod(int startYear, SectorRef withSector) {
        drillDown(() -> {
            period.setValue(startYear);
            if (withSector != null) {
                sector.setValue(withSector);
            }
        });
    }

    void drillToGroup(WorkingGroupSummary group, ProjectHealth withHealth) {
        drillDown(() -> {
            workingGroup.setValue(group);
            if (withHealth != null) {
                health.setValue(withHealth);
            }
        });
    }

    void drillToCountry(String code) {
        countries.byCode(code).ifPresent(c -> drillDown(() -> country.setValue(c)));
    }

    /**
     * A chart click: the data item's id says what it stands for ("sector:12:IMPLEMENTATION",
     * "country:MX", "period:2013:sector:12", "group:3:AT_RISK"); an unknown id changes nothing.
     */
    void drillDownTo(String id) {
        String[] parts = id == null ? new String[0] : id.split(":");
        if (parts.length >= 2 && parts[0].equals("period")) {
            Integer start = year(parts[1]);
            SectorRef chosen = parts.length == 4 && parts[2].equals("sector")
                    ? number(parts[3]).map(this::sectorById).orElse(null) : null;
            if (start != null && (parts.length == 2 || chosen != null)) {
                drillToPeriod(start, chosen);
            }
        } else if (parts.length >= 2 && parts[0].equals("group")) {
            var group = number(parts[1]).flatMap(workingGroups::get).orElse(null);
            ProjectHealth chosenHealth = parts.length > 2 ? constant(ProjectHealth.class, parts[2]) : null;
            if (group != null && (parts.length == 2 || chosenHealth != null)) {
                drillToGroup(group, chosenHealth);
            }
        } else if (parts.length >= 2 && parts[0].equals("sector")) {
            Optional<SectorRef> chosen = number(parts[1]).map(this::sectorById);
            ProjectStatus chosenStatus = parts.length > 2 ? constant(ProjectStatus.class, parts[2]) : null;
            chosen.ifPresent(s -> drillToSector(s.id(), chosenStatus));
        } else if (parts.length == 2 && parts[0].equals("country")) {
            drillToCountry(parts[1]);
        }
    }

    /** The working group of that id, if any (for a table row's drill-down). */
    Optional<WorkingGroupSummary> workingGroup(long id) {
        return workingGroups.get(id);
    }

    /** The language the dashboard speaks (the user's). */
    Locale locale() {
        return getLocale();
    }

    CountryRef countryByCode(String code) {
        return countries.byCode(code).orElse(null);
    }

    SectorRef sectorById(long id) {
        return ProjectFilterFields.sector(allSectors, id).orElse(null);
    }
}
