package org.coopera.policy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.coopera.base.ui.Facts;
import org.coopera.policy.MeasureRecord;
import org.coopera.policy.ObjectiveRecord;

/** A measure's facts: objective, plan, lead and partner organisations, status, description, expected result. */
class MeasureOverview extends Div {

    /**
     * @param objective the measure's objective, or null when not found
     * @param planTitle the title of its action plan, or null when not found
     */
    MeasureOverview(MeasureRecord measure, ObjectiveRecord objective, String planTitle) {
        add(new Facts("measure-overview")
                .add("policy.ui.measure.field.objective",
                        objective == null ? null : objective.number() + ". " + objective.title(getLocale()))
                .add("policy.ui.measure.field.plan", planTitle)
                .add("policy.ui.measure.field.lead", measure.leadOrganisation())
                .add("policy.ui.measure.field.partners", String.join(", ", measure.partnerOrganisations()))
                .add("policy.ui.measure.field.status", PolicyUi.badge(this, measure.status()))
                .add("policy.ui.measure.field.description", measure.description())
                .add("policy.ui.measure.field.expected-result", measure.expectedResult()));
        if (measure.illustrative()) {
            var note = new Paragraph(getTranslation("policy.ui.measure.illustrative"));
            note.setId("measure-illustrative");
            add(note);
        }
    }
}
