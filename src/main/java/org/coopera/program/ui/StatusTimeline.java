package org.coopera.program.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.coopera.program.ProjectRow;
import org.coopera.program.StatusUpdateRecord;
import org.coopera.program.StatusUpdateService;

/** A project's status updates, newest first, with the button that logs a new one. */
class StatusTimeline extends Composite<Div> {

    final Button logUpdate = new Button();

    private final StatusUpdateService updates;
    private final UpdateEditor editor;
    private final ProjectRow project;
    private final String username;
    private final boolean mayLog;
    private final boolean reviewer;
    private final Runnable onChange;
    private final Div entries = new Div();
    private boolean hasApproved;

    StatusTimeline(StatusUpdateService updates, UpdateEditor editor, ProjectRow project, String username,
                   boolean mayLog, boolean reviewer, Runnable onChange) {
        this.updates = updates;
        this.editor = editor;
        this.project = project;
        this.username = username;
        this.mayLog = mayLog;
        this.reviewer = reviewer;
        this.onChange = onChange;
        getContent().addClassName("status-timeline");
        logUpdate.setText(getTranslation("update.ui.log"));
        logUpdate.setId("update-log");
        logUpdate.setIcon(VaadinIcon.PLUS.create());
        logUpdate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logUpdate.addClickListener(click -> openEditor(null));
        entries.setId("update-timeline");
        if (mayLog) {
            getContent().add(logUpdate);
        }
        getContent().add(entries);
        refresh();
    }

    void openEditor(StatusUpdateRecord existing) {
        editor.open(project.id(), project.code() + " " + project.title(getLocale()), project.status(), project.health(),
                existing, saved -> onChange.run());
    }

    /** Whether an approved update sets the project's status and health (the record editor then shows them read-only). */
    boolean hasApproved() {
        return hasApproved;
    }

    private void refresh() {
        entries.removeAll();
        List<StatusUpdateRecord> timeline = updates.timeline(project.id());
        hasApproved = timeline.stream().anyMatch(u -> u.state() == org.coopera.program.UpdateState.APPROVED);
        if (timeline.isEmpty()) {
            var none = new Paragraph(getTranslation("update.ui.none"));
            none.setId("update-none");
            entries.add(none);
            return;
        }
        timeline.forEach(update -> entries.add(new UpdateCard(update, updates, username, mayLog, reviewer,
                this::openEditor, onChange)));
    }
}
