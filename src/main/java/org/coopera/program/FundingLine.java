package org.coopera.program;

import java.math.BigDecimal;

/** One funding line of a project as its page shows it, with the funder's name. */
public record FundingLine(long id, long version, long projectId, int fiscalYear, long funderId, String funder,
                          BigDecimal approved, BigDecimal committed, BigDecimal paid) {

    /** "2013-2014": the fiscal year that begins on 1 April 2013. */
    public static String fiscalYearLabel(int fiscalYear) {
        return fiscalYear + "-" + (fiscalYear + 1);
    }

    /** The fiscal year a day falls in: 31 March 2014 is in 2013-2014, 1 April 2014 in 2014-2015. */
    public static int fiscalYearOf(java.time.LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    public String fiscalYearLabel() {
        return fiscalYearLabel(fiscalYear);
    }

    /** What the editor starts from. */
    public FundingDraft toDraft() {
        return new FundingDraft(fiscalYear, funderId, approved, committed, paid);
    }
}
