package org.coopera.workinggroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.ui.Facts;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.PageSection;
import org.coopera.base.ui.RecordHeader;
import org.coopera.base.ui.RecordNotFound;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSections;
import org.coopera.reference.PartnerService;
import org.coopera.security.Roles;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;

/**
 * A working group at a glance: partner, foundation, mandate, co-chairs, meetings (newest first),
 * what other features add (its programmes, its bulletins) and its change history. Managers and
 * administrators edit the group itself, its co-chairs and its meetings.
 */
@Route("working-groups/:id")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
class WorkingGroupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkingGroupService workingGroups;
    private final PartnerService partners;
    private final AuthenticationContext authentication;
    private final StoredFileService files;
    private final RecordSections contributions;
    private WorkingGroupSummary group;

    WorkingGroupView(WorkingGroupService workingGroups, PartnerService partners, AuthenticationContext authentication,
                     StoredFileService files, RecordSections contributions) {
        this.workingGroups = workingGroups;
        this.partners = partners;
        this.authentication = authentication;
        this.files = files;
        this.contributions = contributions;
        addClassName("working-group-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(RecordHeader.recordId(event, "id").flatMap(workingGroups::get).orElse(null));
    }

    private void show(WorkingGroupSummary found) {
        this.group = found;
        removeAll();
        if (found == null) {
            RecordNotFound.show(this, "wg.not-found.title", "wg.not-found.message",
                    new Anchor(WorkingGroupNavigation.workingGroups(), getTranslation("wg.back-to-list")))
                    .message().setId("wg-not-found");
            return;
        }
        boolean mayManage = authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER);
        add(header(mayManage), overview(),
                new CoChairsSection(workingGroups, partners, found.id(), mayManage, this::reload),
                new MeetingsSection(workingGroups, files, contributions, found.id(), mayManage, this::reload));
        contributions.sections(RecordPage.WORKING_GROUP, found.id()).forEach(this::add);
        add(new PageSection("wg-history-section", "history.title",
                new HistoryPanel(() -> workingGroups.history(found.id()), "wg.history.field.")));
    }

    private Component header(boolean mayManage) {
        var bar = new RecordHeader("wg-title", group.acronym() + " — " + group.name(getLocale()));
        if (mayManage) {
            var edit = new Button(getTranslation("wg.action.edit"), VaadinIcon.EDIT.create(), click -> openEditor(group));
            edit.setId("wg-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(edit);
        }
        contributions.actions(RecordPage.WORKING_GROUP, group.id()).forEach(bar::add);
        return bar;
    }

    private Component overview() {
        return new Facts("wg-overview")
                .add("wg.field.partner", group.jurisdictionName(getLocale()))
                .add("wg.field.founded-on", LocalizedDates.monthYear(group.foundedOn(), getLocale()))
                .add("wg.field.cadence", group.cadence())
                .add("wg.field.active", getTranslation(group.active() ? "wg.active.yes" : "wg.active.no"))
                .add("wg.field.mandate", group.mandate());
    }

    private void reload() {
        show(workingGroups.get(group.id()).orElse(null));
    }

    /** After a conflict the page is read again and the editor opens on the saved version. */
    void openEditor(WorkingGroupSummary current) {
        new WorkingGroupDialog(current, partners, form -> {
            WorkingGroupSummary saved = workingGroups.update(current.id(), current.version(), form.toDraft());
            Notifications.success(getTranslation("wg.saved", saved.acronym()));
            show(saved);
        }, () -> {
            reload();
            if (group != null) {
                openEditor(group);
            }
        }).open();
    }

    @Override
    public String getPageTitle() {
        return group == null ? getTranslation("wg.not-found.title") : getTranslation("wg.page.title", group.acronym());
    }
}
