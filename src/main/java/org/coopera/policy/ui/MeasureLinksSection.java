package org.coopera.policy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.PageSection;
import org.coopera.base.ui.Saves;
import org.coopera.policy.MeasureLinkRecord;
import org.coopera.policy.PolicyService;
import org.coopera.program.ui.ProgramNavigation;

/**
 * The programmes, projects, meetings and offices that carry a measure out. Managers and
 * administrators add links and remove them (a removal asks first).
 */
class MeasureLinksSection extends PageSection {

    private final PolicyService policies;
    private final long measureId;
    private final Runnable reload;

    MeasureLinksSection(PolicyService policies, long measureId, boolean editor, Runnable reload) {
        super("measure-links", "policy.ui.measure.links");
        this.policies = policies;
        this.measureId = measureId;
        this.reload = reload;
        List<MeasureLinkRecord> links = policies.links(measureId, getLocale());  // a measure's links: a handful
        if (editor) {
            var add = new Button(getTranslation("policy.ui.link.action.add"), VaadinIcon.PLUS.create(),
                    click -> openLinkDialog());
            add.setId("measure-link-add");
            add(add);
        }
        if (links.isEmpty()) {
            var none = new Paragraph(getTranslation("policy.ui.measure.links.none"));
            none.setId("measure-links-none");
            add(none);
            return;
        }
        var grid = new Grid<MeasureLinkRecord>();
        grid.setId("measure-links-grid");
        grid.setAriaLabel(getTranslation("policy.ui.measure.links"));
        grid.addColumn(l -> getTranslation("policy.link.type." + l.type().name()))
                .setHeader(getTranslation("policy.ui.link.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::target).setHeader(getTranslation("policy.ui.link.target")).setKey("target")
                .setFlexGrow(1);
        if (editor) {
            grid.addComponentColumn(this::removeButton).setHeader(getTranslation("policy.ui.link.actions")).setKey("actions")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(links);
        add(grid);
    }

    private Component target(MeasureLinkRecord link) {
        return switch (link.type()) {
            case PROGRAM -> new Anchor(ProgramNavigation.program(link.targetId()), link.targetLabel());
            case PROJECT -> new Anchor(ProgramNavigation.project(link.targetId()), link.targetLabel());
            case MEETING -> new Paragraph(link.targetLabel());
            case OFFICE -> new Paragraph(getTranslation("policy.ui.link.office.value", link.officeName(),
                    link.officeCity(), link.officeCountryCode()));
        };
    }

    private Button removeButton(MeasureLinkRecord link) {
        var remove = new Button(VaadinIcon.TRASH.create(), click -> confirmRemove(link));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("policy.ui.link.action.remove"));
        remove.setTooltipText(getTranslation("policy.ui.link.action.remove"));
        remove.addClassName("measure-link-remove");
        return remove;
    }

    private void confirmRemove(MeasureLinkRecord link) {
        var confirm = ConfirmDialogs.destructive("measure-link-remove-dialog",
                getTranslation("policy.ui.link.remove.title"),
                getTranslation("policy.ui.link.remove.message"),
                getTranslation("policy.ui.link.action.remove"));
        confirm.addConfirmListener(event -> Saves.attempt(() -> {
            policies.removeLink(link.id(), link.version());
            Notifications.success(getTranslation("policy.ui.link.removed"));
            reload.run();
        }, reload));
        confirm.open();
    }

    void openLinkDialog() {
        new LinkDialog(draft -> {
            policies.addLink(measureId, draft);
            Notifications.success(getTranslation("policy.ui.link.added"));
            reload.run();
        }, reload).open();
    }
}
