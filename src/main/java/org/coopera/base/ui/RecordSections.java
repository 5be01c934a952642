package org.coopera.base.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sections and header actions that features contribute to record pages, in their order. */
@org.springframework.stereotype.Component
public class RecordSections {

    private final List<RecordSection> sections;
    private final List<RecordAction> actions;

    RecordSections(List<RecordSection> sections, List<RecordAction> actions) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(RecordSection::order)).toList();
        this.actions = actions.stream().sorted(Comparator.comparingInt(RecordAction::order)).toList();
    }

    /** The contributed sections of one record's page, new components in their order. */
    public List<Component> sections(RecordPage page, long recordId) {
        return sections.stream().filter(s -> s.pages().contains(page)).map(s -> s.create(page, recordId))
                .flatMap(Optional::stream).toList();
    }

    /** The contributed sections of several records shown on one page, each record's in order. */
    public Map<Long, List<Component>> sections(RecordPage page, Collection<Long> recordIds) {
        Map<Long, List<Component>> byRecord = new LinkedHashMap<>();
        recordIds.forEach(id -> byRecord.put(id, new ArrayList<>()));
        sections.stream().filter(s -> s.pages().contains(page))
                .forEach(s -> s.createAll(page, recordIds).forEach((id, c) -> byRecord.get(id).add(c)));
        return byRecord;
    }

    /** The contributed header buttons of one record's page. */
    public List<Component> actions(RecordPage page, long recordId) {
        return actions.stream().filter(a -> a.page() == page).map(a -> a.create(recordId))
                .flatMap(Optional::stream).toList();
    }
}
