package org.coopera.program.ui;

import org.coopera.base.ui.GridColumns;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.coopera.base.i18n.SupportedLocales;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.program.ReviewItem;
import org.coopera.program.StatusUpdateService;
import org.coopera.security.Roles;

/**
 * The review queue: submitted updates, oldest first. Selecting one shows it in full beside the
 * list, with approve and return (a reason is required); a manager's own updates cannot be
 * approved by that manager.
 */
@Route("review")
@Menu(title = "nav.review", order = 3.5, icon = "vaadin:check-square-o")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
class ReviewQueueView extends Main implements HasDynamicTitle {

    final Grid<ReviewItem> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    final Div detail = new Div();

    private final StatusUpdateService updates;
    private final String username;

    ReviewQueueView(StatusUpdateService updates, AuthenticationContext authentication) {
        this.updates = updates;
        this.username = authentication.getPrincipalName().orElse("");
        addClassName("review-view");
        var heading = new H2(getTranslation("nav.review"));
        heading.setId("review-heading");
        count.setId("review-count");
        count.getElement().setAttribute("aria-live", "polite");
        detail.setId("review-detail");
        detail.addClassName("review-detail");
        configureGrid();
        add(heading, count, grid, detail);
        refresh();
    }

    private void configureGrid() {
        grid.setId("review-grid");
        grid.setAriaLabel(getTranslation("nav.review"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        var submitted = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(SupportedLocales.closest(getLocale()));
        grid.addColumn(i -> submitted.format(i.submittedAt())).setHeader(getTranslation("update.ui.review.submitted"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.projectCode() + " " + i.title(getLocale()))
                .setHeader(getTranslation("project.ui.column.title")).setWidth("18rem").setFlexGrow(3);
        grid.addColumn(ReviewItem::workingGroupAcronym).setHeader(getTranslation("project.ui.column.working-group"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReviewItem::authorName).setHeader(getTranslation("update.ui.review.author"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> LocalizedDates.date(i.date(), getLocale())).setHeader(getTranslation("update.ui.field.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::change).setHeader(getTranslation("update.ui.review.change")).setWidth("16rem")
                .setFlexGrow(2);
        GridColumns.emptyState(grid, "visual.empty.review", "visual.empty.review.hint");
        grid.setItems(query -> updates.reviewQueue(query.getOffset(), query.getLimit()).stream(),
                query -> (int) updates.countReviewQueue());
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    }

    private String change(ReviewItem item) {
        String status = getTranslation("project.status." + item.status().name());
        String health = getTranslation("project.health." + item.health().name());
        if (item.status() == item.currentStatus() && item.health() == item.currentHealth()) {
            return getTranslation("update.ui.review.no-change", status, health);
        }
        return getTranslation("update.ui.review.changes", getTranslation("project.status." + item.currentStatus().name()),
                getTranslation("project.health." + item.currentHealth().name()), status, health);
    }

    private void show(ReviewItem item) {
        detail.removeAll();
        if (item == null) {
            return;
        }
        updates.get(item.updateId()).ifPresent(update -> {
            var heading = new H3(getTranslation("update.ui.review.detail", item.projectCode(), item.title(getLocale())));
            var project = new Anchor(ProgramNavigation.project(item.projectId()), getTranslation("update.ui.review.open-project"));
            detail.add(heading, project, new UpdateCard(update, updates, username, false, true, u -> { }, this::refresh));
        });
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        detail.removeAll();
        count.setText(getTranslation("update.ui.review.count", updates.countReviewQueue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.review");
    }
}
