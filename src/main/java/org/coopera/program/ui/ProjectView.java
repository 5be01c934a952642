package org.coopera.program.ui;

import org.coopera.workinggroup.ui.WorkingGroupNavigation;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSections;
import org.coopera.base.ui.Saves;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.coopera.base.Amounts;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.RecordHeader;
import org.coopera.base.ui.RecordNotFound;
import org.coopera.program.ProjectDetail;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.program.StatusUpdateService;
import org.coopera.reference.PartnerService;
import org.coopera.reference.SectorRef;
import org.coopera.reference.QuebecRegionService;
import org.coopera.reference.SectorService;
import org.coopera.security.Roles;

/**
 * One project: its record, its history and, for the users who may change it, an editor and (for
 * managers and administrators) deletion.
 */
@Route("projects/:" + ProjectView.ID)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
class ProjectView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String ID = "id";

    final Button edit = new Button();
    final Button delete = new Button();

    private final ProjectService projects;
    private final SectorService sectors;
    private final PartnerService partners;
    private final QuebecRegionService regions;
    private final AuthenticationContext authentication;
    private final RecordSections sections;
    private ProjectDetail detail;

    private final StatusUpdateService updates;
    private final UpdateEditor updateEditor;
    StatusTimeline timeline;

    ProjectView(ProjectService projects, SectorService sectors, PartnerService partners,
                AuthenticationContext authentication, StatusUpdateService updates, UpdateEditor updateEditor,
                RecordSections sections, QuebecRegionService regions) {
        this.sections = sections;
        this.regions = regions;
        this.updates = updates;
        this.updateEditor = updateEditor;
        this.projects = projects;
        this.sectors = sectors;
        this.partners = partners;
        this.authentication = authentication;
        addClassName("project-view");

        edit.setText(getTranslation("project.ui.edit"));
        edit.setId("project-edit");
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(click -> openEditor());

        delete.setText(getTranslation("project.ui.delete"));
        delete.setId("project-delete");
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDelete());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        detail = RecordHeader.recordId(event, ID).flatMap(projects::detail).orElse(null);
        render();
    }

    private void render() {
        removeAll();
        var back = new RouterLink(getTranslation("project.ui.back"), ProjectsView.class);
        back.addClassName("project-back");
        if (detail == null) {
            RecordNotFound.show(this, "project.ui.not-found.title", "project.ui.not-found.message", back)
                    .heading().setId("project-not-found");
            return;
        }
        ProjectRow row = detail.row();
        var header = new RecordHeader("project-heading",
                getTranslation("project.ui.heading", row.code(), row.title(getLocale())));
        header.addClassName("project-header");
        if (row.illustrative()) {
            header.add(badge(getTranslation("project.ui.illustrative"), "contrast", "project-illustrative",
                    getTranslation("project.ui.illustrative.help")));
        }
        boolean mayEdit = projects.mayEdit(row.workingGroupId());
        if (mayEdit) {
            header.add(edit);
        }
        if (authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER)) {
            header.add(delete);
        }
        if (authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER, Roles.OFFICER)) {
            header.add(followButton(row));
        }
        timeline = new StatusTimeline(updates, updateEditor, row, authentication.getPrincipalName().orElse(""),
                mayEdit, authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER), this::reload);
        add(back, header, recordSection(row), descriptionSection(),
                section("update.ui.section", "project-updates-heading", timeline));
        sections.sections(RecordPage.PROJECT, row.id()).forEach(this::add);
        add(historySection(row));
    }

    private Button followButton(ProjectRow row) {
        boolean following = updates.isFollowing(row.id());
        var follow = new Button(getTranslation(following ? "update.ui.unfollow" : "update.ui.follow"));
        follow.setId("project-follow");
        follow.setIcon((following ? VaadinIcon.STAR : VaadinIcon.STAR_O).create());
        follow.getElement().setAttribute("aria-pressed", String.valueOf(following));
        follow.addClickListener(click -> {
            updates.follow(row.id(), !following);
            Notifications.success(getTranslation(following ? "update.ui.unfollowed" : "update.ui.followed", row.code()));
            render();
        });
        return follow;
    }

    private Section recordSection(ProjectRow row) {
        var list = new DescriptionList();
        list.addClassName("project-record");
        String none = getTranslation("project.ui.not-specified");
        term(list, "project.ui.field.code", text(row.code()));
        term(list, "project.ui.field.titleFr", lang(text(row.titleFr()), "fr"));
        term(list, "project.ui.field.titleEn", lang(text(row.titleEn()), "en"));
        var program = new Anchor(ProgramNavigation.program(row.programId()), row.workingGroupAcronym() + " " + row.programPeriod());
        program.setId("project-program-link");
        term(list, "project.ui.field.program", program);
        var group = new Anchor(WorkingGroupNavigation.workingGroup(row.workingGroupId()), row.workingGroupAcronym());
        group.setId("project-working-group-link");
        term(list, "project.ui.field.workingGroup", group);
        term(list, "project.ui.field.sectorId", text(sectorLabel(row)));
        term(list, "project.ui.field.leadOrgQuebecId", text(row.leadQuebec() == null ? none : row.leadQuebec()));
        term(list, "project.ui.field.leadOrgPartnerId", text(row.leadPartner() == null ? none : row.leadPartner()));
        term(list, "project.ui.field.startDate", text(date(row.startDate())));
        term(list, "project.ui.field.endDate", text(date(row.endDate())));
        term(list, "project.ui.field.budget", text(money(row.budget())));
        term(list, "project.ui.field.status", text(getTranslation("project.status." + row.status().name())));
        term(list, "project.ui.field.health", badge(getTranslation("project.health." + row.health().name()),
                ProjectBadges.healthTheme(row.health()), "project-health", null));
        term(list, "project.ui.field.themes", text(detail.themes().isEmpty() ? none
                : detail.themes().stream().sorted().map(t -> getTranslation("theme." + t.name()))
                .collect(Collectors.joining(", "))));
        term(list, "region.ui.field", text(detail.regionCodes().isEmpty() ? none : regions.all().stream()
                .filter(r -> detail.regionCodes().contains(r.code())).map(r -> r.label(getLocale()))
                .collect(Collectors.joining(", "))));
        return section("project.ui.section.record", "project-record-heading", list);
    }

    private Section descriptionSection() {
        String description = detail.description();
        var text = new Paragraph(description == null || description.isBlank()
                ? getTranslation("project.ui.not-specified") : description);
        text.setId("project-description-text");
        text.addClassName("project-description");
        return section("project.ui.section.description", "project-description-heading", text);
    }

    private Section historySection(ProjectRow row) {
        return section("project.ui.section.history", "project-history-heading",
                new HistoryPanel(() -> projects.history(row.id()), "project.ui.field."));
    }

    private Section section(String titleKey, String headingId, Component content) {
        var heading = new H3(getTranslation(titleKey));
        heading.setId(headingId);
        var section = new Section(heading, content);
        section.getElement().setAttribute("aria-labelledby", headingId);
        return section;
    }

    private void term(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private static Span text(String value) {
        return new Span(value);
    }

    private static Span lang(Span span, String language) {
        span.getElement().setAttribute("lang", language);
        return span;
    }

    private static Span badge(String text, String variant, String id, String title) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + variant);
        badge.setId(id);
        if (title != null) {
            badge.setTitle(title);
        }
        return badge;
    }

    private String sectorLabel(ProjectRow row) {
        List<SectorRef> all = sectors.all();
        String name = row.sectorName(getLocale());
        return all.stream().filter(s -> s.id() == row.sectorId() && !s.isAxis()).findFirst()
                .flatMap(s -> all.stream().filter(axis -> axis.id() == s.parentId()).findFirst())
                .map(axis -> axis.name(getLocale()) + " › " + name).orElse(name);
    }

    private String date(LocalDate value) {
        return value == null ? getTranslation("project.ui.not-specified")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(value);
    }

    private String money(BigDecimal value) {
        if (value == null) {
            return getTranslation("project.ui.not-specified");
        }
        return Amounts.cad(value, getLocale());
    }

    void openEditor() {
        ProjectRow row = detail.row();
        new ProjectDialog(detail, sectors.all(), partners, regions.all(), timeline != null && timeline.hasApproved(), draft -> {
            ProjectRow saved = projects.update(row.id(), row.version(), draft);
            Notifications.success(getTranslation("project.ui.saved", saved.code()));
            reload();
        }, this::reload).open();
    }

    private void reload() {
        detail = projects.detail(detail.row().id()).orElse(null);
        render();
    }

    private void confirmDelete() {
        ProjectRow row = detail.row();
        var confirm = ConfirmDialogs.destructive("delete-dialog",
                getTranslation("project.ui.delete.title", row.code()),
                getTranslation("project.ui.delete.message", row.title(getLocale())),
                getTranslation("project.ui.delete.confirm"));
        confirm.addConfirmListener(event -> Saves.attempt(() -> {
            projects.delete(row.id(), row.version());
            Notifications.success(getTranslation("project.ui.deleted", row.code()));
            UI.getCurrent().navigate(ProgramNavigation.projects());
        }, this::reload));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("project.ui.not-found.title")
                : getTranslation("project.ui.page-title", detail.row().code());
    }
}
