package org.coopera.program.ui;

import org.coopera.base.ui.SearchFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coopera.base.ui.UrlFilters;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.reference.CountryRef;
import org.coopera.reference.CountryService;
import org.coopera.reference.SectorRef;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;

/**
 * The fields that filter projects, as the project list and the dashboard show them: the same choices,
 * labels and layout (each bar gives its own captions and ids), so that both read alike.
 */
public final class ProjectFilterFields {

    /** The years a year field accepts (and an address may set). */
    public static final int MIN_YEAR = 1960;
    public static final int MAX_YEAR = 2100;

    private ProjectFilterFields() {
    }

    /** The user's language (the item labels are written while the page is shown). */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.getDefault() : ui.getLocale();
    }

    /** A filter form of one, two or four columns as the width allows. */
    public static void columns(FormLayout form) {
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
    }

    /** The button that clears every filter. */
    public static Button resetButton(String text, String id, Runnable reset) {
        var button = new Button(text, VaadinIcon.ERASER.create());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(click -> reset.run());
        return button;
    }

    /** Gives a field its caption and id. */
    public static <T extends Component & HasLabel> T caption(T field, String label, String id) {
        field.setLabel(label);
        field.setId(id);
        return field;
    }

    /** Year fields: 1960 to 2100, clearable, read when the user pauses typing. */
    public static void years(IntegerField... fields) {
        for (IntegerField year : fields) {
            year.setMin(MIN_YEAR);
            year.setMax(MAX_YEAR);
            year.setClearButtonVisible(true);
            year.setValueChangeMode(ValueChangeMode.LAZY);
        }
    }

    /** A year from an address, or null when it is missing, not a number or out of range. */
    public static Integer year(String value) {
        return UrlFilters.number(value).filter(y -> y >= MIN_YEAR && y <= MAX_YEAR).map(Long::intValue).orElse(null);
    }

    /** Working groups, searched by acronym or name and read page by page. */
    public static void workingGroups(ComboBox<WorkingGroupSummary> box, WorkingGroupService groups) {
        box.setItemLabelGenerator(wg -> wg.acronym() + " — " + wg.name(locale()));
        box.setItems(SearchFields.fetch(query -> groups.find(query.getFilter().orElse(""), null, false,
                        query.getOffset(), query.getLimit()).stream()),
                SearchFields.count(query -> (int) groups.count(query.getFilter().orElse(""), null, false)));
        box.setClearButtonVisible(true);
    }

    /** Countries, searched by name or code and read page by page. */
    public static void countries(ComboBox<CountryRef> box, CountryService countries) {
        box.setItemLabelGenerator(c -> c.name(locale()) + " (" + c.code() + ")");
        box.setItems(SearchFields.fetch(query -> countries.find(query.getFilter().orElse(""),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()),
                SearchFields.count(query -> (int) countries.count(query.getFilter().orElse(""))));
        box.setClearButtonVisible(true);
    }

    /**
     * The sectors (a short list of reference data, read whole), a sub-sector after its axis
     * ("Culture › Patrimoine").
     *
     * @param markRetired whether a retired sector says so
     */
    public static void sectors(ComboBox<SectorRef> box, List<SectorRef> all, boolean markRetired) {
        box.setItems(all);
        box.setItemLabelGenerator(s -> {
            String name = s.name(locale());
            if (!s.isAxis()) {
                name = all.stream().filter(axis -> axis.id() == s.parentId()).findFirst()
                        .map(axis -> axis.name(locale()) + " › ").orElse("") + name;
            }
            return markRetired && s.retired() ? box.getTranslation("project.ui.sector.retired", name) : name;
        });
        box.setClearButtonVisible(true);
    }

    /** The sector of that id among those given, if any. */
    public static Optional<SectorRef> sector(List<SectorRef> all, long id) {
        return all.stream().filter(s -> s.id() == id).findFirst();
    }

    public static void statuses(ComboBox<ProjectStatus> box) {
        box.setItems(ProjectStatus.values());
        box.setItemLabelGenerator(s -> box.getTranslation("project.status." + s.name()));
        box.setClearButtonVisible(true);
    }

    public static void healths(ComboBox<ProjectHealth> box) {
        box.setItems(ProjectHealth.values());
        box.setItemLabelGenerator(h -> box.getTranslation("project.health." + h.name()));
        box.setClearButtonVisible(true);
    }

    public static void themes(ComboBox<Theme> box) {
        box.setItems(Theme.values());
        box.setItemLabelGenerator(t -> box.getTranslation("theme." + t.name()));
        box.setClearButtonVisible(true);
    }
}
