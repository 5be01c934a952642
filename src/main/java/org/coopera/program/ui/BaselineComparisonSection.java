package org.coopera.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.coopera.base.ui.PageSection;
import org.coopera.program.BaselineComparison;
import org.coopera.program.ProjectRow;

/** A programme's adopted list of projects against the current one: added, dropped, carried over. */
class BaselineComparisonSection extends PageSection {

    BaselineComparisonSection(BaselineComparison comparison) {
        super("program-comparison", "program.ui.comparison");
        var list = new DescriptionList();
        list.setId("program-comparison-counts");
        var adopted = new DescriptionList.Description(String.valueOf(comparison.adopted()));
        adopted.setId("program-adopted");
        var current = new DescriptionList.Description(String.valueOf(comparison.current()));
        current.setId("program-current");
        list.add(new DescriptionList.Term(getTranslation("program.ui.comparison.adopted")), adopted,
                new DescriptionList.Term(getTranslation("program.ui.comparison.current")), current);
        add(list,
                projectList("program-added", "program.ui.comparison.added", comparison.added()),
                projectList("program-dropped", "program.ui.comparison.dropped", comparison.dropped()),
                projectList("program-carried-over", "program.ui.comparison.carried-over", comparison.carriedOver()));
    }

    private Component projectList(String id, String headingKey, List<ProjectRow> rows) {
        var block = new Div(new H4(getTranslation(headingKey, rows.size())));
        block.setId(id);
        if (rows.isEmpty()) {
            block.add(new Paragraph(getTranslation("program.ui.comparison.none")));
            return block;
        }
        var list = new UnorderedList();
        rows.forEach(row -> list.add(new ListItem(new Anchor(ProgramNavigation.project(row.id()), row.code()),
                new Span(" — " + row.title(getLocale())))));
        block.add(list);
        return block;
    }
}
