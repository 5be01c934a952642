package org.coopera.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The body of an error page: a heading, an explanation and a way back. */
final class ErrorPage {

    private ErrorPage() {
    }

    static void fill(Main page, String titleKey, String messageKey) {
        page.removeAll();
        page.addClassName("error-page");
        page.add(new H2(page.getTranslation(titleKey)), new Paragraph(page.getTranslation(messageKey)),
                new Anchor("", page.getTranslation("error.back-home")));
    }
}
