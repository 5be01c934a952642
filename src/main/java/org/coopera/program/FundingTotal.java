package org.coopera.program;

import java.math.BigDecimal;

/**
 * Amounts added up over funding lines: for one fiscal year, or for all of them ({@code fiscalYear}
 * null), with the number of projects they fund.
 */
public record FundingTotal(Integer fiscalYear, long projects, BigDecimal approved, BigDecimal committed,
                           BigDecimal paid) {
}
