package org.coopera.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a record page shows when its address names no record (deleted, mistyped, not a number):
 * a heading, a sentence saying why, and the way back to the list. No error page, no stack trace.
 *
 * @param heading the heading (its text is also the page title)
 * @param message the explanation
 */
public record RecordNotFound(H2 heading, Paragraph message) {

    /** Replaces the page's content with the not-found message and a link back to the list. */
    public static <T extends Component & HasComponents> RecordNotFound show(T page, String titleKey, String messageKey,
                                                                            Component backToList) {
        var notFound = new RecordNotFound(new H2(page.getTranslation(titleKey)),
                new Paragraph(page.getTranslation(messageKey)));
        page.removeAll();
        page.add(notFound.heading(), notFound.message(), backToList);
        return notFound;
    }
}
