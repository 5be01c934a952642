package org.coopera.dashboard.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import org.coopera.base.ui.FilterChips;

/** The dashboard's filters in force as removable chips, shown above the (collapsible) filter fields. */
final class DashboardFilterChips {

    private DashboardFilterChips() {
    }

    /** The chips for the filters the fields hold now; removing one clears its field (one refresh). */
    static List<FilterChips.Chip> of(DashboardFilterBar filters) {
        List<FilterChips.Chip> chips = new ArrayList<>();
        for (IntegerField year : List.of(filters.period, filters.fromYear, filters.toYear)) {
            if (year.getValue() != null) {
                chips.add(chip(filters, year, year.getLabel(), String.valueOf(year.getValue())));
            }
        }
        for (ComboBox<?> box : List.of(filters.workingGroup, filters.country, filters.sector, filters.status,
                filters.health, filters.theme)) {
            combo(chips, filters, box);
        }
        if (Boolean.TRUE.equals(filters.withoutUpdate.getValue())) {
            chips.add(new FilterChips.Chip(DashboardFilterBar.P_WITHOUT_UPDATE, filters.withoutUpdate.getLabel(),
                    () -> filters.drillDown(() -> filters.withoutUpdate.setValue(false))));
        }
        return chips;
    }

    private static <T> void combo(List<FilterChips.Chip> chips, DashboardFilterBar filters, ComboBox<T> box) {
        if (box.getValue() != null) {
            chips.add(chip(filters, box, box.getLabel(), box.getItemLabelGenerator().apply(box.getValue())));
        }
    }

    private static FilterChips.Chip chip(DashboardFilterBar filters, HasValue<?, ?> field, String label, String value) {
        String id = field instanceof com.vaadin.flow.component.Component c ? c.getId().orElse("filter")
                .replace("dashboard-filter-", "") : "filter";
        return new FilterChips.Chip(id, filters.getTranslation("dashboard.export.filter", label, value),
                () -> filters.drillDown(field::clear));
    }
}
