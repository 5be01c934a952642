package org.coopera.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A part that one feature adds to another feature's record page, so that the page's feature
 * need not know it: the bulletins of a working group, the measures a programme carries out, the
 * programmes of a working group. Implementations are Spring beans in the contributing feature's
 * {@code ui} package; record pages collect them through {@link RecordSections}.
 */
public interface RecordSection {

    /** The pages this section goes on. */
    Set<RecordPage> pages();

    /** The position among the contributed sections of the page: lower first. */
    int order();

    /** A new section for one record's page, or nothing when it has nothing to show to the signed-in user. */
    Optional<Component> create(RecordPage page, long recordId);

    /**
     * Sections for several records shown on one page (the meetings of a working group), read at
     * once where the section can: override to read with one query instead of one per record.
     */
    default Map<Long, Component> createAll(RecordPage page, Collection<Long> recordIds) {
        Map<Long, Component> sections = new LinkedHashMap<>();
        recordIds.forEach(id -> create(page, id).ifPresent(section -> sections.put(id, section)));
        return sections;
    }
}
