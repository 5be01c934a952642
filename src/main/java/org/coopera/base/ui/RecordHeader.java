package org.coopera.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/**
 * The top of a record page (a working group, a programme, a project): the record's title as the
 * page's heading, followed on the same line (wrapping on narrow screens) by its badges and the
 * buttons of what the user may do with it.
 */
public class RecordHeader extends HorizontalLayout {

    private final H2 title;
    private final Div actions = new Div();

    /**
     * @param titleId the heading's id (tests and links find the page by it)
     * @param text    the translated title
     */
    public RecordHeader(String titleId, String text) {
        title = new H2(text);
        title.setId(titleId);
        actions.addClassName("record-actions");
        super.add(title, actions);
        addClassName("record-header");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    public H2 getTitle() {
        return title;
    }

    /** The record's id in a route parameter ("working-groups/:id"); empty when missing or not a number. */
    public static Optional<Long> recordId(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).flatMap(RecordHeader::parse);
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Adds badges or buttons after the title. */
    public RecordHeader with(Component... components) {
        add(components);
        return this;
    }

    /**
     * Adds badges or buttons after the title, kept together: when they do not fit beside the title they
     * move under it as one row.
     */
    @Override
    public void add(Component... components) {
        actions.add(components);
    }
}
