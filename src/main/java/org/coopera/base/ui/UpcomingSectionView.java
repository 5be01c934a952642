package org.coopera.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A section of the navigation whose screens are not delivered yet: it says so plainly, so that
 * the navigation and its access rules can be used and tested before the section's screens exist.
 */
public abstract class UpcomingSectionView extends Main implements HasDynamicTitle {

    private final String titleKey;

    protected UpcomingSectionView(String titleKey, String descriptionKey) {
        this.titleKey = titleKey;
        addClassName("upcoming-section");
        add(new H2(getTranslation("section.upcoming.heading")),
                new Paragraph(getTranslation(descriptionKey)),
                new Paragraph(getTranslation("section.upcoming.message")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
