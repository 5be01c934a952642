package org.coopera.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** An empty list or section: what is missing, and what to do next (create, widen the filters, …). */
public class EmptyState extends Div {

    /**
     * @param title what is missing ("Aucun projet ne correspond aux filtres.")
     * @param hint  what to do next ("Retirez un filtre ou réinitialisez-les.")
     */
    public EmptyState(String title, String hint) {
        addClassName("empty-state");
        var icon = VaadinIcon.INFO_CIRCLE_O.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var titleText = new Span(title);
        titleText.addClassName("empty-state-title");
        var hintText = new Span(hint);
        hintText.addClassName("empty-state-hint");
        add(icon, titleText, hintText);
    }

    /** An empty state from two message keys, translated through the given component. */
    public static EmptyState of(Component translator, String titleKey, String hintKey) {
        return new EmptyState(translator.getTranslation(titleKey), translator.getTranslation(hintKey));
    }
}
