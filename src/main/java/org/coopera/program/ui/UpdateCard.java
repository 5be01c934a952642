package org.coopera.program.ui;

import org.coopera.base.ui.Saves;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import org.coopera.base.i18n.SupportedLocales;
import org.coopera.base.ui.FileLinks;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.base.ui.Notifications;
import org.coopera.program.StatusUpdateRecord;
import org.coopera.program.StatusUpdateService;
import org.coopera.program.UpdateState;
import org.coopera.program.UpdateStep;

/**
 * One status update as the timeline and the review queue show it: what was reported, by whom,
 * its files, every review step, and the actions the viewer may take (the author edits a draft
 * or returned update; a manager other than the author approves or returns a submitted one).
 */
class UpdateCard extends Div {


    private final StatusUpdateService updates;
    private final String username;
    private final boolean mayLog;
    private final boolean reviewer;
    private final Consumer<StatusUpdateRecord> onEdit;
    private final Runnable onChange;

    UpdateCard(StatusUpdateRecord update, StatusUpdateService updates, String username, boolean mayLog,
               boolean reviewer, Consumer<StatusUpdateRecord> onEdit, Runnable onChange) {
        this.updates = updates;
        this.username = username;
        this.mayLog = mayLog;
        this.reviewer = reviewer;
        this.onEdit = onEdit;
        this.onChange = onChange;
        addClassName("update-entry");
        setId("update-" + update.id());
        fill(update);
    }

    private void fill(StatusUpdateRecord update) {
        var entry = this;
        var heading = new H4(LocalizedDates.date(update.date(), getLocale()));
        var state = new Span(getTranslation("update.state." + update.state().name()));
        state.getElement().getThemeList().add("badge " + stateTheme(update.state()));
        state.addClassName("update-state");
        var byline = new Span(getTranslation("update.ui.by", update.authorName()));
        byline.addClassName("update-byline");
        var header = new HorizontalLayout(heading, state, byline);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        entry.add(header);

        var facts = new Paragraph(getTranslation("update.ui.facts",
                getTranslation("project.status." + update.status().name()),
                getTranslation("project.health." + update.health().name()), update.progressPercent()));
        facts.addClassName("update-facts");
        var bar = new ProgressBar(0, 100, update.progressPercent());
        bar.getElement().setAttribute("aria-label", getTranslation("update.ui.field.progress"));
        entry.add(facts, bar);

        // plain text, shown as text: whatever the officer typed is never interpreted as HTML
        entry.add(textBlock("update.ui.field.narrative", update.narrative(), "update-narrative-text"));
        if (update.nextSteps() != null) {
            entry.add(textBlock("update.ui.field.nextSteps", update.nextSteps(), "update-next-steps-text"));
        }
        if (update.changeReason() != null) {
            entry.add(textBlock("update.ui.field.reason", update.changeReason(), "update-reason-text"));
        }
        if (update.state() == UpdateState.RETURNED && update.reviewReason() != null) {
            var returned = textBlock("update.ui.returned-because", update.reviewReason(), "update-review-reason");
            returned.addClassName("update-returned");
            entry.add(returned);
        }
        if (!update.files().isEmpty()) {
            var files = new UnorderedList();
            files.addClassName("update-files");
            update.files().forEach(f -> files.add(new ListItem(FileLinks.download(f,
                    fileId -> updates.attachment(update.id(), fileId)))));
            entry.add(files);
        }
        entry.add(steps(update.steps()));
        entry.add(actions(update));
    }

    private Div textBlock(String labelKey, String text, String className) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("update-text-label");
        var body = new Paragraph(text);
        body.addClassNames("update-text", className);
        return new Div(label, body);
    }

    private UnorderedList steps(List<UpdateStep> steps) {
        var list = new UnorderedList();
        list.addClassName("update-steps");
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(SupportedLocales.closest(getLocale()));
        for (UpdateStep step : steps) {
            String text = getTranslation("update.step." + step.action().name(), step.actorName(), format.format(step.at()));
            if (step.reason() != null) {
                text += " — " + step.reason();
            }
            list.add(new ListItem(text));
        }
        return list;
    }

    private HorizontalLayout actions(StatusUpdateRecord update) {
        var actions = new HorizontalLayout();
        actions.addClassName("update-actions");
        boolean author = update.author().equals(username);
        if (author && update.state().editable() && mayLog) {
            var edit = new Button(getTranslation("update.ui.edit"), click -> onEdit.accept(update));
            edit.addClassName("update-edit");
            actions.add(edit);
        }
        if (reviewer && update.state() == UpdateState.SUBMITTED && !author) {
            var approve = new Button(getTranslation("update.ui.approve"), click -> approve(update));
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            approve.addClassName("update-approve");
            approve.setId("update-approve-" + update.id());
            var giveBack = new Button(getTranslation("update.ui.return"), click -> askReturn(update));
            giveBack.addClassName("update-return");
            actions.add(approve, giveBack);
        }
        return actions;
    }

    private void approve(StatusUpdateRecord update) {
        review(() -> updates.approve(update.id(), update.version()), "update.ui.approved");
    }

    /** The return dialog stays open with the reason typed until the return is saved. */
    void askReturn(StatusUpdateRecord update) {
        ReturnDialog.open(reason -> {
            updates.returnToAuthor(update.id(), update.version(), reason);
            Notifications.success(getTranslation("update.ui.returned"));
            onChange.run();
        }, onChange);
    }

    /** @return whether the review step was saved */
    private boolean review(Runnable action, String doneKey) {
        return Saves.attempt(() -> {
            action.run();
            Notifications.success(getTranslation(doneKey));
            onChange.run();
        }, onChange);
    }

    static String stateTheme(UpdateState state) {
        return switch (state) {
            case DRAFT -> "contrast";
            case SUBMITTED -> "";
            case RETURNED -> "error";
            case APPROVED -> "success";
        };
    }
}
