package org.coopera.program.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.coopera.base.Amounts;
import org.coopera.base.ui.EmptyState;
import org.coopera.base.ui.PageSection;
import org.coopera.program.FundingLine;
import org.coopera.program.FundingTotal;

/** A programme's funding per fiscal year and in all, from its projects' funding lines. */
class ProgramFundingTotals extends PageSection {

    final Grid<FundingTotal> grid = new Grid<>();

    /** @param totals per fiscal year, then the programme's total (as {@code ProjectFundingService.programTotals}) */
    ProgramFundingTotals(List<FundingTotal> totals) {
        super("program-funding", "funding.ui.section");
        if (totals.isEmpty()) {
            var empty = EmptyState.of(this, "funding.ui.program.none.title", "funding.ui.program.none.hint");
            empty.setId("program-funding-none");
            add(empty);
            return;
        }
        FundingTotal all = totals.getLast();
        grid.setId("program-funding-grid");
        grid.setAriaLabel(getTranslation("funding.ui.program.grid"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> FundingLine.fiscalYearLabel(t.fiscalYear()))
                .setHeader(getTranslation("funding.ui.field.fiscalYear")).setFooter(getTranslation("funding.ui.total"));
        grid.addColumn(FundingTotal::projects).setHeader(getTranslation("funding.ui.projects"))
                .setTextAlign(ColumnTextAlign.END).setFooter(String.valueOf(all.projects()));
        amount("funding.ui.field.approved", FundingTotal::approved, all);
        amount("funding.ui.field.committed", FundingTotal::committed, all);
        amount("funding.ui.field.paid", FundingTotal::paid, all);
        grid.setItems(totals.subList(0, totals.size() - 1));
        add(grid);
    }

    private void amount(String headerKey, Function<FundingTotal, BigDecimal> value, FundingTotal all) {
        grid.addColumn(t -> Amounts.cad(value.apply(t), getLocale())).setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END).setFooter(Amounts.cad(value.apply(all), getLocale()));
    }
}
