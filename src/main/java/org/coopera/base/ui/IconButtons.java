package org.coopera.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The small icon-only buttons of a grid row (edit, history, delete), labelled for screen readers. */
public final class IconButtons {

    private IconButtons() {
    }

    /**
     * @param translator any component of the page, whose language the label takes
     * @param labelKey   the label's message key, with the row's subject as {0}; also the button's class
     *                   name, dots as dashes ("funding.ui.delete" gives "funding-ui-delete")
     */
    public static Button labelled(Component translator, VaadinIcon icon, String labelKey, String subject,
                                  Runnable action) {
        var button = new Button(icon.create(), click -> action.run());
        String label = translator.getTranslation(labelKey, subject);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.addClassName(labelKey.replace('.', '-'));
        return button;
    }
}
