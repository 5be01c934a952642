package org.coopera.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A button that one feature adds to the header of another feature's record page (the report a
 * programme can be given). Implementations are Spring beans; record pages collect them through
 * {@link RecordSections}.
 */
public interface RecordAction {

    RecordPage page();

    /** The position among the contributed actions: lower first. */
    int order();

    /** A new button for one record, or nothing when the signed-in user may not use it. */
    Optional<Component> create(long recordId);
}
