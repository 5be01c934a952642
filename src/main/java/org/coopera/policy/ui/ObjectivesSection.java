package org.coopera.policy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.List;
import java.util.Objects;
import org.coopera.base.ui.PageSection;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.ObjectiveProgress;

/**
 * A plan's objectives as a tree, each with its measures, and per objective how many measures are
 * done, under way, not started or not reported in the chosen reporting year.
 */
class ObjectivesSection extends PageSection {

    /** A row of the tree: an objective with its counts, or one of its measures. */
    sealed interface Node permits ObjectiveNode, MeasureNode {
    }

    record ObjectiveNode(ObjectiveProgress progress) implements Node {
    }

    record MeasureNode(ObjectiveProgress.MeasureYear measure) implements Node {
    }

    final TreeGrid<Node> tree = new TreeGrid<>();

    /** @param objectives one plan's objectives and measures (about 70 rows): bounded, read in two statements */
    ObjectivesSection(List<ObjectiveProgress> objectives, int reportingStartYear) {
        super("policy-objectives", "policy.ui.tree");
        var legend = new Paragraph(getTranslation("policy.ui.tree.legend",
                ActionPlanRecord.reportingYear(reportingStartYear)));
        legend.setId("policy-tree-legend");
        configureTree();
        var data = new TreeData<Node>();
        for (ObjectiveProgress objective : objectives) {
            var parent = new ObjectiveNode(objective);
            data.addItem(null, parent);
            objective.measures().forEach(m -> data.addItem(parent, new MeasureNode(m)));
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expand(data.getRootItems());
        add(legend, tree);
    }

    private void configureTree() {
        tree.setId("policy-tree");
        tree.setAriaLabel(getTranslation("policy.ui.tree"));
        tree.addComponentHierarchyColumn(this::label).setHeader(getTranslation("policy.ui.tree.item"))
                .setKey("item").setFlexGrow(3);
        tree.addColumn(node -> node instanceof MeasureNode m ? Objects.requireNonNullElse(m.measure().leadOrganisation(), "—")
                : "").setHeader(getTranslation("policy.ui.tree.lead")).setKey("lead").setAutoWidth(true).setFlexGrow(0);
        tree.addComponentColumn(this::progress).setHeader(getTranslation("policy.ui.tree.progress"))
                .setKey("progress").setFlexGrow(2);
        tree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        tree.setAllRowsVisible(true);
    }

    private Component label(Node node) {
        if (node instanceof ObjectiveNode o) {
            var text = new Span(getTranslation("policy.ui.tree.objective", o.progress().objective().number(),
                    o.progress().objective().title(getLocale())));
            text.addClassName("policy-objective");
            return text;
        }
        var m = ((MeasureNode) node).measure();
        var cell = new Div(new Anchor(PolicyNavigation.measure(m.id()), m.code()), new Span(" — " + m.title(getLocale())));
        if (m.illustrative()) {
            cell.add(new Span(" " + getTranslation("policy.ui.tree.illustrative")));
        }
        return cell;
    }

    private Component progress(Node node) {
        if (node instanceof MeasureNode m) {
            return PolicyUi.badge(this, m.measure().yearStatus());
        }
        ObjectiveProgress p = ((ObjectiveNode) node).progress();
        var counts = new Span(getTranslation("policy.ui.tree.counts", p.done(), p.inProgress(), p.notStarted(),
                p.notReported()));
        counts.addClassName("objective-counts");
        counts.setId("objective-counts-" + p.objective().number());
        return counts;
    }
}
