package org.coopera.workinggroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.coopera.base.ui.Saves;
import java.util.stream.Collectors;
import org.coopera.workinggroup.CoChairRecord;
import org.coopera.workinggroup.MeetingDraft;
import org.coopera.workinggroup.MeetingRecord;

/**
 * Records or corrects a meeting of a working group: number, date, place, the co-chairs who
 * chaired it, minutes, workshops, decisions and priorities. The service checks the rules again.
 */
class MeetingDialog extends Dialog {

    final IntegerField number = new IntegerField();
    final DatePicker date = new DatePicker();
    final TextField place = new TextField();
    final CheckboxGroup<CoChairRecord> chairs = new CheckboxGroup<>();
    final DatePicker minutesSignedOn = new DatePicker();
    final IntegerField workshopsHeld = new IntegerField();
    final TextArea workshopsSummary = new TextArea();
    final TextArea decisions = new TextArea();
    final TextArea priorities = new TextArea();
    final Button save = new Button();

    /** Validation only: the dialog reads the fields when the user saves. */
    private final Binder<Object> binder = new Binder<>();

    /** {@code meeting} null: a new meeting, numbered after the last one. */
    /** @param onSave saves the draft (a refusal keeps the dialog open); @param reload after a conflict */
    MeetingDialog(MeetingRecord meeting, List<CoChairRecord> coChairs, int nextNumber, Consumer<MeetingDraft> onSave,
                  Runnable reload) {
        setId("meeting-dialog");
        setHeaderTitle(meeting == null ? getTranslation("wg.meeting.dialog.record")
                : getTranslation("wg.meeting.dialog.edit", meeting.number()));
        setWidth("min(56rem, 95vw)");

        number.setId("meeting-number");
        number.setLabel(getTranslation("wg.meeting.number"));
        number.setMin(1);
        number.setStepButtonsVisible(true);
        date.setId("meeting-date");
        date.setLabel(getTranslation("wg.meeting.date"));
        date.setLocale(getLocale());
        place.setId("meeting-place");
        place.setLabel(getTranslation("wg.meeting.place"));
        chairs.setId("meeting-chairs");
        chairs.setLabel(getTranslation("wg.meeting.chaired-by"));
        chairs.setItems(coChairs);  // the co-chairs of one working group: a handful
        chairs.setItemLabelGenerator(c -> c.personName() + " (" + getTranslation("wg.side." + c.side().name()) + ")");
        minutesSignedOn.setId("meeting-minutes");
        minutesSignedOn.setLabel(getTranslation("wg.meeting.minutes-signed-on"));
        minutesSignedOn.setLocale(getLocale());
        minutesSignedOn.setClearButtonVisible(true);
        workshopsHeld.setId("meeting-workshops");
        workshopsHeld.setLabel(getTranslation("wg.meeting.workshops-held"));
        workshopsHeld.setMin(0);
        workshopsHeld.setStepButtonsVisible(true);
        workshopsSummary.setId("meeting-workshops-summary");
        workshopsSummary.setLabel(getTranslation("wg.meeting.workshops-summary"));
        decisions.setId("meeting-decisions");
        decisions.setLabel(getTranslation("wg.meeting.decisions"));
        priorities.setId("meeting-priorities");
        priorities.setLabel(getTranslation("wg.meeting.priorities"));

        if (meeting == null) {
            number.setValue(nextNumber);
        } else {
            number.setValue(meeting.number());
            date.setValue(meeting.date());
            place.setValue(meeting.place() == null ? "" : meeting.place());
            Set<Long> chosen = meeting.chairs().stream().map(CoChairRecord::id).collect(Collectors.toSet());
            chairs.setValue(coChairs.stream().filter(c -> chosen.contains(c.id())).collect(Collectors.toSet()));
            minutesSignedOn.setValue(meeting.minutesSignedOn());
            workshopsHeld.setValue(meeting.workshopsHeld());
            workshopsSummary.setValue(meeting.workshopsSummary() == null ? "" : meeting.workshopsSummary());
            decisions.setValue(meeting.decisions() == null ? "" : meeting.decisions());
            priorities.setValue(meeting.priorities() == null ? "" : meeting.priorities());
        }
        bind();

        var layout = new FormLayout(number, date, place, minutesSignedOn, chairs, workshopsHeld, workshopsSummary,
                decisions, priorities);
        layout.setColspan(place, 2);
        layout.setColspan(chairs, 2);
        layout.setColspan(workshopsSummary, 2);
        layout.setColspan(decisions, 2);
        layout.setColspan(priorities, 2);
        add(layout);

        save.setText(getTranslation("action.save"));
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                var draft = toDraft();
                Saves.fromDialog(this, () -> onSave.accept(draft), reload);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("meeting-cancel");
        getFooter().add(cancel, save);
    }

    private void bind() {
        String required = getTranslation("validation.required");
        String tooLong = getTranslation("validation.too-long");
        binder.forField(number).asRequired(required)
                .withValidator(value -> value >= 1, getTranslation("meeting.number.positive"))
                .bind(b -> null, (b, v) -> { });
        binder.forField(date).asRequired(required).bind(b -> null, (b, v) -> { });
        binder.forField(place).withValidator(new StringLengthValidator(tooLong, 0, 255)).bind(b -> null, (b, v) -> { });
        Binding<Object, ?> minutes = binder.forField(minutesSignedOn)
                .withValidator(signed -> signed == null || date.getValue() == null || !signed.isBefore(date.getValue()),
                        getTranslation("meeting.minutes.before-meeting"))
                .bind(b -> null, (b, v) -> { });
        date.addValueChangeListener(change -> {
            if (minutesSignedOn.getValue() != null) {
                minutes.validate();
            }
        });
        binder.forField(workshopsHeld)
                .withValidator(value -> value == null || value >= 0, getTranslation("validation.not-negative"))
                .bind(b -> null, (b, v) -> { });
        for (TextArea area : List.of(workshopsSummary, decisions, priorities)) {
            binder.forField(area).withValidator(new StringLengthValidator(tooLong, 0, 10000)).bind(b -> null, (b, v) -> { });
        }
    }

    MeetingDraft toDraft() {
        Set<Long> chairIds = chairs.getValue().stream().map(CoChairRecord::id).collect(Collectors.toCollection(HashSet::new));
        return new MeetingDraft(number.getValue(), date.getValue(), CoChairDialog.blankToNull(place.getValue()), chairIds,
                minutesSignedOn.getValue(), workshopsHeld.getValue(), CoChairDialog.blankToNull(workshopsSummary.getValue()),
                CoChairDialog.blankToNull(decisions.getValue()), CoChairDialog.blankToNull(priorities.getValue()));
    }
}
