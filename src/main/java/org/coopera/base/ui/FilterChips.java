package org.coopera.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * The filters in force, each as a chip ("Groupe de travail : GTQM ×") whose button removes it; "no
 * filter" when there is none. The list is announced politely when it changes.
 */
public class FilterChips extends Div {

    /** A filter in force: its text, and what removing it does. */
    public record Chip(String id, String text, Runnable remove) {
    }

    public FilterChips(String id) {
        setId(id);
        addClassName("filter-chips");
        getElement().setAttribute("aria-live", "polite");
    }

    /** Shows these filters (replacing the previous ones). */
    public void show(List<Chip> chips) {
        removeAll();
        var label = new Span(getTranslation(chips.isEmpty() ? "filters.none" : "filters.active"));
        label.addClassName("filter-chips-label");
        add(label);
        for (Chip chip : chips) {
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> chip.remove().run());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("filters.remove", chip.text()));
            remove.setId(getId().orElse("filter") + "-remove-" + chip.id());
            var text = new Span(chip.text());
            var element = new Span(text, remove);
            element.addClassName("filter-chip");
            add(element);
        }
    }
}
