package org.coopera.bulletin.ui;

import com.vaadin.flow.component.Component;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSection;
import org.coopera.bulletin.BulletinService;
import org.coopera.bulletin.SubjectType;

/** The published bulletins of a record, added to the record pages of the features they report on. */
@org.springframework.stereotype.Component
class BulletinTimelineSection implements RecordSection {

    private final BulletinService bulletins;

    BulletinTimelineSection(BulletinService bulletins) {
        this.bulletins = bulletins;
    }

    @Override
    public Set<RecordPage> pages() {
        return EnumSet.of(RecordPage.WORKING_GROUP, RecordPage.PROGRAM, RecordPage.PROJECT, RecordPage.POLICY,
                RecordPage.ACTION_PLAN, RecordPage.MEASURE, RecordPage.PROGRESS_REPORT);
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Component> create(RecordPage page, long recordId) {
        return Optional.of(new BulletinTimeline(bulletins, SubjectType.valueOf(page.name()), recordId));
    }
}
