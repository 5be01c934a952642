package org.coopera.program.ui;

import org.coopera.base.ui.Saves;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProgramSummary;
import org.coopera.program.Theme;
import org.coopera.workinggroup.MeetingRecord;

/**
 * Creates or changes a biennial programme: period, adopting meeting (one of the working group's),
 * priorities, status and themes. The period rules (length, one programme per start year) are the
 * service's: it refuses, and the caller shows its message.
 */
class ProgramDialog extends Dialog {

    /** The usual length of a programme (start year + 2), proposed when the start year changes. */
    private static final int USUAL_LENGTH = 2;

    final IntegerField startYear = new IntegerField();
    final IntegerField endYear = new IntegerField();
    final Select<MeetingRecord> meeting = new Select<>();
    final TextArea priorities = new TextArea();
    final Select<ProgramStatus> status = new Select<>();
    final CheckboxGroup<Theme> themes = new CheckboxGroup<>();
    final Button save = new Button();

    /** Validation only: the dialog reads the fields when the user saves. */
    private final Binder<Object> binder = new Binder<>();

    /**
     * @param program  the programme to change, or null for a new one
     * @param meetings the working group's meetings (a handful: one a year or two)
     * @param onSave   saves the draft (a refusal keeps the dialog open with its message)
     * @param reload   what reloading means after someone else saved the programme meanwhile
     */
    ProgramDialog(long workingGroupId, ProgramSummary program, List<MeetingRecord> meetings,
                  Consumer<ProgramDraft> onSave, Runnable reload) {
        setId("program-dialog");
        setHeaderTitle(program == null ? getTranslation("program.ui.dialog.create")
                : getTranslation("program.ui.dialog.edit", program.period()));
        setWidth("min(48rem, 95vw)");

        startYear.setId("program-start-year");
        startYear.setLabel(getTranslation("program.ui.field.start-year"));
        startYear.setStepButtonsVisible(true);
        endYear.setId("program-end-year");
        endYear.setLabel(getTranslation("program.ui.field.end-year"));
        endYear.setStepButtonsVisible(true);
        startYear.addValueChangeListener(change -> {
            Integer old = change.getOldValue();
            if (change.getValue() != null
                    && (endYear.isEmpty() || old != null && Objects.equals(endYear.getValue(), old + USUAL_LENGTH))) {
                endYear.setValue(change.getValue() + USUAL_LENGTH);
            }
        });
        meeting.setId("program-meeting");
        meeting.setLabel(getTranslation("program.ui.field.adopted-at"));
        meeting.setItems(meetings);
        meeting.setEmptySelectionAllowed(true);
        meeting.setEmptySelectionCaption(getTranslation("program.ui.meeting.none"));
        meeting.setItemLabelGenerator(m -> m == null ? getTranslation("program.ui.meeting.none")
                : getTranslation("program.ui.adopted-at.value", m.number(), LocalizedDates.date(m.date(), getLocale())));
        priorities.setId("program-priorities");
        priorities.setLabel(getTranslation("program.ui.field.priorities"));
        status.setId("program-status");
        status.setLabel(getTranslation("program.ui.field.status"));
        status.setItems(ProgramStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("program.ui.status." + s.name()));
        themes.setId("program-themes");
        themes.setLabel(getTranslation("program.ui.field.themes"));
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(t -> getTranslation("program.ui.theme." + t.name()));

        if (program == null) {
            startYear.setValue(LocalDate.now().getYear());
            status.setValue(ProgramStatus.DRAFT);
        } else {
            startYear.setValue(program.startYear());
            endYear.setValue(program.endYear());
            meetings.stream().filter(m -> Objects.equals(m.id(), program.adoptedAtMeetingId())).findFirst()
                    .ifPresent(meeting::setValue);
            priorities.setValue(program.priorities() == null ? "" : program.priorities());
            status.setValue(program.status());
            themes.setValue(program.themes().isEmpty() ? Set.of() : EnumSet.copyOf(program.themes()));
        }

        String required = getTranslation("validation.required");
        String range = getTranslation("program.year.range");
        binder.forField(startYear).asRequired(required).withValidator(y -> y >= 1960 && y <= 2100, range)
                .bind(b -> null, (b, v) -> { });
        binder.forField(endYear).asRequired(required).withValidator(y -> y >= 1960 && y <= 2100, range)
                .bind(b -> null, (b, v) -> { });
        binder.forField(priorities).withValidator(new StringLengthValidator(getTranslation("validation.too-long"), 0, 10000))
                .bind(b -> null, (b, v) -> { });
        // not asRequired on the select: Vaadin then sets aria-required on its role=button (axe: aria-allowed-attr)
        binder.forField(status).withValidator(Objects::nonNull, required).bind(b -> null, (b, v) -> { });

        var layout = new FormLayout(startYear, endYear, meeting, status, priorities, themes);
        layout.setColspan(priorities, 2);
        layout.setColspan(themes, 2);
        add(layout);

        save.setText(getTranslation("action.save"));
        save.setId("program-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                String text = priorities.getValue();
                var draft = new ProgramDraft(workingGroupId, startYear.getValue(), endYear.getValue(),
                        meeting.getValue() == null ? null : meeting.getValue().id(),
                        text == null || text.isBlank() ? null : text.trim(), status.getValue(),
                        Set.copyOf(themes.getValue()));
                Saves.fromDialog(this, () -> onSave.accept(draft), reload);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("program-cancel");
        getFooter().add(cancel, save);
    }
}
