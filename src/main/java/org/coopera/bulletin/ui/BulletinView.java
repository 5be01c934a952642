package org.coopera.bulletin.ui;

import org.coopera.program.ui.ProgramNavigation;
import org.coopera.workinggroup.ui.WorkingGroupNavigation;
import org.coopera.policy.ui.PolicyNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.FileLinks;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.PageSection;
import org.coopera.base.ui.RecordHeader;
import org.coopera.base.ui.Saves;
import org.coopera.bulletin.BulletinLink;
import org.coopera.bulletin.BulletinRecord;
import org.coopera.bulletin.BulletinService;
import org.coopera.bulletin.SubjectSummary;
import org.coopera.security.Roles;

/** One bulletin: its rendered text, photo, links, documents, subjects and history. */
@Route("bulletins/:id")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
class BulletinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final BulletinService bulletins;
    private final StoredFileService files;
    private BulletinRecord bulletin;

    BulletinView(BulletinService bulletins, StoredFileService files) {
        this.bulletins = bulletins;
        this.files = files;
        addClassName("bulletin-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(RecordHeader.recordId(event, "id").flatMap(bulletins::get).orElse(null));
    }

    private void show(BulletinRecord found) {
        bulletin = found;
        removeAll();
        var back = new Anchor(BulletinNavigation.bulletins(), getTranslation("nav.bulletins"));
        back.addClassName("bulletin-back");
        if (found == null) {
            var heading = new H2(getTranslation("record.not-found"));
            heading.setId("bulletin-not-found");
            add(back, heading);
            return;
        }
        var title = new H2(found.title());
        title.setId("bulletin-title");
        title.getElement().setAttribute("lang", found.language());
        var meta = new Paragraph(LocalizedDates.date(found.date(), getLocale()) + " · "
                + getTranslation("bulletin.language." + found.language()) + " · "
                + getTranslation("bulletin.status." + found.status().name()));
        meta.setId("bulletin-meta");
        add(back, title, meta);
        if (bulletins.canEdit()) {
            add(actions());
        }
        if (found.photo() != null || found.photoCaption() != null) {
            add(new BulletinPhoto(bulletins, found));
        }
        var body = new Div();
        body.setId("bulletin-body");
        body.addClassName("bulletin-body");
        body.getElement().setAttribute("lang", found.language());
        body.getElement().setProperty("innerHTML", found.bodyHtml());
        add(body);
        if (!found.links().isEmpty()) {
            add(links());
        }
        if (!found.documents().isEmpty()) {
            add(documents());
        }
        add(subjects(), new PageSection("bulletin-history", "bulletin.history",
                new HistoryPanel(() -> bulletins.history(found.id()), "bulletin.history.field.")));
    }

    private Component actions() {
        var edit = new Button(getTranslation("bulletin.edit"), VaadinIcon.EDIT.create());
        edit.setId("bulletin-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(e -> openEditor(bulletin));
        var delete = new Button(getTranslation("bulletin.delete"), VaadinIcon.TRASH.create());
        delete.setId("bulletin-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        return new HorizontalLayout(edit, delete);
    }

    private void confirmDelete() {
        var confirm = ConfirmDialogs.destructive("bulletin-delete-confirm",
                getTranslation("bulletin.delete.confirm.title"),
                getTranslation("bulletin.delete.confirm.text", bulletin.title()),
                getTranslation("bulletin.delete"));
        BulletinRecord current = bulletin;
        confirm.addConfirmListener(e -> Saves.attempt(() -> {
            bulletins.delete(current.id(), current.version());
            Notifications.success(getTranslation("bulletin.deleted"));
            UI.getCurrent().navigate(BulletinNavigation.bulletins());
        }, () -> reload(current.id())));
        confirm.open();
    }

    private void openEditor(BulletinRecord current) {
        new BulletinEditorDialog(bulletins, files, current, null, List.of(), edit -> {
            BulletinRecord saved = bulletins.update(current.id(), current.version(), edit.draft(), edit.photo());
            Notifications.success(getTranslation("bulletin.saved"));
            reload(saved.id());
        }, () -> reload(current.id())).open();
    }

    private void reload(long id) {
        show(bulletins.get(id).orElse(null));
    }

    private Component links() {
        var list = new UnorderedList();
        for (BulletinLink link : bulletin.links()) {
            var anchor = new Anchor(link.url(), link.label(), AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            list.add(new ListItem(anchor));
        }
        return new PageSection("bulletin-links", "bulletin.links", list);
    }

    private Component documents() {
        var list = new UnorderedList();
        long bulletinId = bulletin.id();
        for (BulletinRecord.BulletinDocument document : bulletin.documents()) {
            Anchor link = FileLinks.download(document.file(), fileId -> bulletins.file(bulletinId, fileId));
            link.setText(document.label());
            list.add(new ListItem(link));
        }
        return new PageSection("bulletin-documents", "bulletin.documents", list);
    }

    private Component subjects() {
        var list = new UnorderedList();
        for (SubjectSummary subject : bulletin.subjects()) {
            String type = getTranslation("bulletin.subject-type." + subject.subject().subjectType().name());
            String target = target(subject);
            Component label = target == null ? new Span(subject.label()) : new Anchor(target, subject.label());
            list.add(new ListItem(new Span(type + separator()), label));
        }
        return new PageSection("bulletin-subjects", "bulletin.subjects", list);
    }

    private String separator() {
        return getLocale().getLanguage().equals("fr") ? "\u00a0: " : ": ";
    }

    private static String target(SubjectSummary subject) {
        long id = subject.subject().subjectId();
        return switch (subject.subject().subjectType()) {
            case WORKING_GROUP -> WorkingGroupNavigation.workingGroup(id);
            case MEETING -> subject.workingGroupId() == null ? null : WorkingGroupNavigation.workingGroup(subject.workingGroupId());
            case PROGRAM -> ProgramNavigation.program(id);
            case PROJECT -> ProgramNavigation.project(id);
            case POLICY, ACTION_PLAN -> PolicyNavigation.policy();
            case MEASURE -> PolicyNavigation.measure(id);
            case PROGRESS_REPORT -> PolicyNavigation.progressReport(id);
        };
    }

    @Override
    public String getPageTitle() {
        return bulletin == null ? getTranslation("bulletin.page.title") : bulletin.title();
    }
}
