package org.coopera.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coopera.exchange.IatiExportService.BudgetPeriod;
import org.junit.jupiter.api.Test;

/** IATI wants budget periods of at most a year: a project's budget split year by year, to the cent. */
class IatiBudgetPeriodsTest {

    @Test
    void aTwoAndAHalfYearProjectHasThreePeriodsThatAddUpExactly() {
        List<BudgetPeriod> periods = IatiExportService.yearly(LocalDate.of(2013, 7, 1), LocalDate.of(2015, 12, 31),
                new BigDecimal("100000"));

        // 914 days: 365 + 365 + 184
        assertThat(periods).containsExactly(
                new BudgetPeriod(LocalDate.of(2013, 7, 1), LocalDate.of(2014, 6, 30), new BigDecimal("39934.35")),
                new BudgetPeriod(LocalDate.of(2014, 7, 1), LocalDate.of(2015, 6, 30), new BigDecimal("39934.35")),
                new BudgetPeriod(LocalDate.of(2015, 7, 1), LocalDate.of(2015, 12, 31), new BigDecimal("20131.30")));
    }

    @Test
    void aBiennialProjectHasTwoEqualYears() {
        List<BudgetPeriod> periods = IatiExportService.yearly(LocalDate.of(2013, 7, 1), LocalDate.of(2015, 6, 30),
                new BigDecimal("250000.50"));

        assertThat(periods).extracting(BudgetPeriod::end)
                .containsExactly(LocalDate.of(2014, 6, 30), LocalDate.of(2015, 6, 30));
        assertThat(periods.stream().map(BudgetPeriod::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("250000.50");
        assertThat(periods.get(0).value()).isEqualByComparingTo("125000.25");
    }

    @Test
    void aProjectOfAYearOrLessIsOnePeriodWithTheWholeBudget() {
        assertThat(IatiExportService.yearly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), new BigDecimal("5000")))
                .containsExactly(new BudgetPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                        new BigDecimal("5000")));
        assertThat(IatiExportService.yearly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1), new BigDecimal("1")))
                .hasSize(1);
    }

    @Test
    void noPeriodIsLongerThanAYearAndTheyFollowEachOther() {
        List<BudgetPeriod> periods = IatiExportService.yearly(LocalDate.of(2012, 2, 29), LocalDate.of(2019, 5, 17),
                new BigDecimal("1234567.89"));

        assertThat(periods).hasSize(8);
        for (int i = 0; i < periods.size(); i++) {
            BudgetPeriod p = periods.get(i);
            assertThat(p.end()).isBefore(p.start().plusYears(1));
            if (i > 0) {
                assertThat(p.start()).isEqualTo(periods.get(i - 1).end().plusDays(1));
            }
        }
        assertThat(periods.getLast().end()).isEqualTo(LocalDate.of(2019, 5, 17));
        assertThat(periods.stream().map(BudgetPeriod::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1234567.89");
    }
}
