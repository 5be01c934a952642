package org.coopera.bulletin.ui;

import org.coopera.base.ui.SearchFields;
import org.coopera.base.ui.GridColumns;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.base.ui.Notifications;
import org.coopera.bulletin.BulletinHit;
import org.coopera.bulletin.BulletinRecord;
import org.coopera.bulletin.BulletinSearch;
import org.coopera.bulletin.BulletinService;
import org.coopera.bulletin.SubjectType;
import org.coopera.reference.CountryRef;
import org.coopera.reference.CountryService;
import org.coopera.security.Roles;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;

/**
 * Bulletin search: full text (ranked, the words marked) narrowed by dates, working group, country
 * and subject type, in a paged grid. Editors also create and import bulletins from here.
 */
@Route("bulletins")
@Menu(title = "nav.bulletins", order = 5, icon = "vaadin:newspaper")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
class BulletinsView extends Main implements HasDynamicTitle {

    final TextField text = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<WorkingGroupSummary> workingGroup = new ComboBox<>();
    final ComboBox<CountryRef> country = new ComboBox<>();
    final Select<SubjectType> subjectType = new Select<>();
    final Grid<BulletinHit> grid = new Grid<>();
    final Button create = new Button();
    final Button importText = new Button();
    final Paragraph count = new Paragraph();
    private Long shownCount;

    private final BulletinService bulletins;
    private final StoredFileService files;

    BulletinsView(BulletinService bulletins, WorkingGroupService workingGroups, CountryService countries,
                  StoredFileService files) {
        this.bulletins = bulletins;
        this.files = files;
        addClassName("bulletins-view");

        text.setLabel(getTranslation("bulletins.search"));
        text.setHelperText(getTranslation("bulletins.search.help"));
        text.setId("bulletins-text");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        SearchFields.cap(text);
        text.addValueChangeListener(e -> refresh());

        from.setLabel(getTranslation("bulletins.from"));
        from.setId("bulletins-from");
        from.setLocale(getLocale());
        from.addValueChangeListener(e -> refresh());
        to.setLabel(getTranslation("bulletins.to"));
        to.setId("bulletins-to");
        to.setLocale(getLocale());
        to.addValueChangeListener(e -> refresh());

        workingGroup.setLabel(getTranslation("bulletins.working-group"));
        workingGroup.setId("bulletins-working-group");
        workingGroup.setClearButtonVisible(true);
        workingGroup.setItemLabelGenerator(WorkingGroupSummary::acronym);
        workingGroup.setItems(SearchFields.fetch(query -> workingGroups.find(query.getFilter().orElse(""), "", false,
                        query.getOffset(), query.getLimit()).stream()),
                SearchFields.count(query -> (int) workingGroups.count(query.getFilter().orElse(""), "", false)));
        workingGroup.addValueChangeListener(e -> refresh());

        country.setLabel(getTranslation("bulletins.country"));
        country.setId("bulletins-country");
        country.setClearButtonVisible(true);
        country.setItemLabelGenerator(c -> c.name(getLocale()));
        country.setItems(SearchFields.fetch(query -> countries.find(query.getFilter().orElse(""),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()),
                SearchFields.count(query -> (int) countries.count(query.getFilter().orElse(""))));
        country.addValueChangeListener(e -> refresh());

        subjectType.setLabel(getTranslation("bulletins.subject-type"));
        subjectType.setId("bulletins-subject-type");
        subjectType.setItems(SubjectType.values());
        subjectType.setEmptySelectionAllowed(true);
        subjectType.setItemLabelGenerator(t -> t == null ? "" : getTranslation("bulletin.subject-type." + t.name()));
        subjectType.addValueChangeListener(e -> refresh());

        var filters = new HorizontalLayout(text, from, to, workingGroup, country, subjectType);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        var title = new H2(getTranslation("bulletins.title"));
        var header = new HorizontalLayout(title);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (bulletins.canEdit()) {
            create.setText(getTranslation("bulletins.new"));
            create.setId("bulletins-new");
            create.setIcon(VaadinIcon.PLUS.create());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e -> new BulletinEditorDialog(bulletins, files, null, null, List.of(),
                    this::create, () -> { }).open());
            importText.setText(getTranslation("bulletins.import"));
            importText.setId("bulletins-import");
            importText.setIcon(VaadinIcon.UPLOAD.create());
            importText.addClickListener(e -> new BulletinImportDialog(bulletins, files, this::create).open());
            header.add(create, importText);
        }
        count.setId("bulletins-count");
        count.getElement().setAttribute("aria-live", "polite");
        configureGrid();
        add(header, filters, count, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("bulletins-grid");
        grid.setAriaLabel(getTranslation("bulletins.grid"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(hit -> LocalizedDates.date(hit.date(), getLocale())).setHeader(getTranslation("bulletins.col.date"))
                .setKey("date").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(hit -> {
                    var link = new Anchor(BulletinNavigation.bulletin(hit.id()), "");
                    link.getElement().setProperty("innerHTML", hit.titleHtml());
                    return link;
                })
                .setHeader(getTranslation("bulletins.col.title")).setKey("title").setFlexGrow(1);
        grid.addComponentColumn(hit -> {
                    var snippet = new Span();
                    snippet.getElement().setProperty("innerHTML", hit.snippetHtml());
                    return snippet;
                })
                .setHeader(getTranslation("bulletins.col.excerpt")).setKey("excerpt").setFlexGrow(2);
        if (bulletins.canEdit()) {
            grid.addColumn(hit -> getTranslation("bulletin.status." + hit.status().name()))
                    .setHeader(getTranslation("bulletins.col.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        }
        GridColumns.emptyState(grid, "visual.empty.bulletins", "visual.empty.bulletins.hint");
        grid.setItems(SearchFields.fetch(query -> bulletins.search(search(), query.getOffset(), query.getLimit()).stream()),
                SearchFields.count(query -> (int) found()));
        grid.addItemClickListener(click -> UI.getCurrent().navigate(BulletinNavigation.bulletin(click.getItem().id())));
    }

    BulletinSearch search() {
        return new BulletinSearch(text.getValue(), from.getValue(), to.getValue(),
                workingGroup.getValue() == null ? null : workingGroup.getValue().id(),
                country.getValue() == null ? null : country.getValue().code(), subjectType.getValue());
    }

    /** The count of the search shown, read once per search (the label and the grid both need it). */
    private long found() {
        if (shownCount == null) {
            shownCount = bulletins.count(search());
        }
        return shownCount;
    }

    private void refresh() {
        shownCount = null;
        grid.getDataProvider().refreshAll();
        if (!SearchFields.check(text)) {
            count.setText("");  // nothing runs; the field says why
            return;
        }
        BulletinSearch search = search();
        long found = found();
        String counted = found >= BulletinService.COUNT_CAP ? getTranslation("bulletins.count.many", found)
                : getTranslation("bulletins.count", found);
        boolean hasText = search.text() != null && !search.text().isBlank();
        count.setText(hasText && found > 0 && !bulletins.ranksByRelevance(search)
                ? counted + " — " + getTranslation("bulletins.order.newest") : counted);
    }

    /** Stores a new bulletin written in the editor (directly or after an import) and shows it. */
    private void create(BulletinEditorDialog.Edit edit) {
        BulletinRecord saved = bulletins.create(edit.draft(), edit.photo());
        Notifications.success(getTranslation("bulletin.saved"));
        UI.getCurrent().navigate(BulletinNavigation.bulletin(saved.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.bulletins");
    }
}
