package org.coopera.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;

/** A record's facts as a description list: a label and a value each, "—" for a missing value. */
public class Facts extends DescriptionList {

    public Facts() {
        addClassName("facts");
    }

    public Facts(String id) {
        this();
        setId(id);
    }

    /** Adds a label (message key) and a text value. */
    public Facts add(String labelKey, String value) {
        add(new Term(getTranslation(labelKey)), new Description(value == null || value.isBlank() ? "—" : value));
        return this;
    }

    /** Adds a label (message key) and a component as its value. */
    public Facts add(String labelKey, Component value) {
        add(new Term(getTranslation(labelKey)), new Description(value));
        return this;
    }

    /** Adds a label (message key) and a value description built by the caller (with its own id). */
    public Facts add(String labelKey, Description value) {
        add(new Term(getTranslation(labelKey)), value);
        return this;
    }
}
