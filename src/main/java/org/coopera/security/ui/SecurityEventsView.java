package org.coopera.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.coopera.security.Roles;
import org.coopera.security.SecurityAuditService;
import org.coopera.security.SecurityEvent;
import org.coopera.security.SecurityEventType;

/**
 * Administration: the security audit trail, newest first, one page at a time, filtered by kind of
 * event and by user (reached from the user administration screen).
 */
@Route("admin/security-events")
@RolesAllowed(Roles.ADMIN)
class SecurityEventsView extends Main implements HasDynamicTitle {

    final Select<SecurityEventType> type = new Select<>();
    final TextField user = new TextField();
    final Grid<SecurityEvent> grid = new Grid<>();

    SecurityEventsView(SecurityAuditService audit) {
        addClassName("security-events-view");
        var retention = new Paragraph(getTranslation("security-event.retention", audit.retention().toDays()));
        retention.setId("security-event-retention");

        type.setId("security-event-type");
        type.setLabel(getTranslation("security-event.field.type"));
        type.setItems(SecurityEventType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("security-event.type.all"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("security-event.type.all") : label(t));
        type.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        user.setId("security-event-user");
        user.setLabel(getTranslation("security-event.field.user"));
        user.setPrefixComponent(VaadinIcon.SEARCH.create());
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.setId("security-event-grid");
        grid.setAriaLabel(getTranslation("security-event.title"));
        grid.addColumn(e -> formatter.format(e.occurredAt())).setHeader(getTranslation("security-event.field.time"))
                .setAutoWidth(true);
        grid.addColumn(e -> label(e.type())).setHeader(getTranslation("security-event.field.type")).setAutoWidth(true);
        grid.addColumn(SecurityEvent::username).setHeader(getTranslation("security-event.field.user")).setAutoWidth(true);
        grid.addColumn(SecurityEvent::actor).setHeader(getTranslation("security-event.field.actor")).setAutoWidth(true);
        grid.addColumn(SecurityEvent::address).setHeader(getTranslation("security-event.field.address")).setAutoWidth(true);
        grid.addColumn(SecurityEvent::detail).setHeader(getTranslation("security-event.field.detail")).setFlexGrow(1);
        grid.setItems(query -> audit.find(type.getValue(), user.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(type.getValue(), user.getValue())));

        var filters = new HorizontalLayout(type, user);
        filters.addClassName("toolbar");
        add(retention, filters, grid);
    }

    private String label(SecurityEventType type) {
        return getTranslation("security-event.type." + type.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security-event.title");
    }
}
