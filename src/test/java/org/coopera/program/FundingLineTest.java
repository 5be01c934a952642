package org.coopera.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Québec's fiscal year runs from 1 April to 31 March and is named by the year it starts in. */
class FundingLineTest {

    @Test
    void aDayFallsInTheFiscalYearThatBeganOnTheLastFirstOfApril() {
        assertThat(FundingLine.fiscalYearOf(LocalDate.of(2014, 3, 31))).isEqualTo(2013);
        assertThat(FundingLine.fiscalYearOf(LocalDate.of(2014, 4, 1))).isEqualTo(2014);
        assertThat(FundingLine.fiscalYearOf(LocalDate.of(2014, 1, 1))).isEqualTo(2013);
        assertThat(FundingLine.fiscalYearOf(LocalDate.of(2014, 12, 31))).isEqualTo(2014);
        assertThat(FundingLine.fiscalYearLabel(2013)).isEqualTo("2013-2014");
    }
}
