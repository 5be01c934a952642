package org.coopera.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;

/** A titled part of a page: a {@code <section>} with its id and an {@code <h3>} heading. */
public class PageSection extends Section {

    /**
     * @param id         the section's id (tests and links find it by it)
     * @param headingKey the message key of its heading
     */
    public PageSection(String id, String headingKey, Component... content) {
        add(new H3(getTranslation(headingKey)));
        setId(id);
        addClassName("page-section");
        add(content);
    }
}
