package org.coopera.program.ui;

import org.coopera.workinggroup.ui.WorkingGroupNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.coopera.base.ui.HomePanel;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.program.FollowedProject;
import org.coopera.program.StatusUpdateService;
import org.coopera.program.WorkingGroupFollowUp;
import org.coopera.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the landing page shows about status updates: overdue projects and the review workload. */
@Configuration(proxyBeanMethods = false)
class FollowUpPanels {

    /** How many overdue projects the landing page lists before pointing to "Mes projets". */
    static final int SHOWN = 10;

    @Bean
    HomePanel overduePanel(StatusUpdateService updates, AuthenticationContext authentication) {
        return panel(10, () -> authentication.hasRole(Roles.OFFICER), () -> new OverduePanel(updates));
    }

    @Bean
    HomePanel followUpPanel(StatusUpdateService updates, AuthenticationContext authentication) {
        return panel(20, () -> authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER), () -> new FollowUpPanel(updates));
    }

    private static HomePanel panel(int order, Supplier<Boolean> concerns, Supplier<Component> create) {
        return new HomePanel() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<Component> create() {
                return concerns.get() ? Optional.of(create.get()) : Optional.empty();
            }
        };
    }

    /** An officer's overdue projects, as the daily reminder job found them. */
    static final class OverduePanel extends Section {

        OverduePanel(StatusUpdateService updates) {
            setId("home-overdue");
            var heading = new H3(getTranslation("update.ui.home.overdue.title"));
            heading.setId("home-overdue-heading");
            getElement().setAttribute("aria-labelledby", "home-overdue-heading");
            add(heading);
            List<FollowedProject> overdue = updates.myOverdue(SHOWN);
            if (overdue.isEmpty()) {
                add(new Paragraph(getTranslation("update.ui.home.overdue.none")));
                return;
            }
            var list = new UnorderedList();
            list.setId("home-overdue-list");
            for (FollowedProject p : overdue) {
                String since = p.lastApprovedUpdate() == null ? getTranslation("update.ui.my.never")
                        : getTranslation("update.ui.home.overdue.since", LocalizedDates.date(p.lastApprovedUpdate(), getLocale()));
                list.add(new ListItem(new Anchor(ProgramNavigation.project(p.projectId()), p.code() + " " + p.title(getLocale())),
                        new Span(" — " + since)));
            }
            add(new Paragraph(getTranslation("update.ui.home.overdue.intro", updates.reportingIntervalDays())), list,
                    new Anchor("my-projects", getTranslation("update.ui.home.overdue.all")));
        }
    }

    /**
     * For managers: per working group, projects under way, overdue, and updates awaiting review.
     * A plain table (one row per active working group): readable by screen readers as a table.
     */
    static final class FollowUpPanel extends Section {

        FollowUpPanel(StatusUpdateService updates) {
            setId("home-follow-up-section");
            var heading = new H3(getTranslation("update.ui.home.follow-up.title"));
            heading.setId("home-follow-up-heading");
            getElement().setAttribute("aria-labelledby", "home-follow-up-heading");
            var table = new NativeTable();
            table.setId("home-follow-up");
            table.addClassName("follow-up-table");
            var header = table.getHead().addRow();
            for (String key : new String[] {"project.ui.column.working-group", "update.ui.home.follow-up.under-way",
                    "update.ui.home.follow-up.overdue", "update.ui.home.follow-up.awaiting"}) {
                var cell = header.addHeaderCell();
                cell.setText(getTranslation(key, updates.reportingIntervalDays()));
                cell.getElement().setAttribute("scope", "col");
            }
            var body = table.getBody();
            for (WorkingGroupFollowUp group : updates.followUpByWorkingGroup()) {
                var row = body.addRow();
                row.setId("follow-up-" + group.workingGroupId());
                var name = row.addHeaderCell();
                name.getElement().setAttribute("scope", "row");
                name.add(new Anchor(WorkingGroupNavigation.workingGroup(group.workingGroupId()), group.acronym()));
                cell(row, "under-way", group.projectsUnderWay());
                cell(row, "overdue", group.overdue());
                cell(row, "awaiting", group.awaitingReview());
            }
            add(heading, table, new Anchor("review", getTranslation("update.ui.home.follow-up.review")));
        }

        private static void cell(NativeTableRow row, String className, long value) {
            var cell = row.addDataCell();
            cell.addClassName(className);
            cell.setText(String.valueOf(value));
        }
    }
}
