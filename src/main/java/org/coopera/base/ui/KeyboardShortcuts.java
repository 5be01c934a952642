package org.coopera.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

/**
 * The keyboard shortcuts a page offers, listed on the page ("Raccourcis clavier : Entrée ouvre la
 * ligne choisie"), so that a keyboard user need not guess them.
 */
public class KeyboardShortcuts extends Paragraph {

    /** @param pairs message keys, two by two: the key's name, then what it does */
    public KeyboardShortcuts(String id, String... pairs) {
        setId(id);
        addClassName("shortcuts");
        getElement().appendChild(new Element("span").setText(getTranslation("shortcuts.label") + " "));
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (i > 0) {
                getElement().appendChild(new Element("span").setText(" · "));
            }
            getElement().appendChild(new Element("kbd").setText(getTranslation(pairs[i])),
                    new Element("span").setText(" " + getTranslation(pairs[i + 1])));
        }
    }
}
