package org.coopera.program;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A funding line as typed: the fiscal year (named by the year it starts in: 2013 is 1 April 2013 to
 * 31 March 2014), the funder (an organisation) and the amounts. Committed and paid may be left empty
 * (nothing yet); committed may not exceed approved, nor paid committed.
 */
public record FundingDraft(
        @Min(value = 1950, message = "{funding.year.range}") @Max(value = 2100, message = "{funding.year.range}")
        int fiscalYear,
        long funderId,
        @NotNull(message = "{funding.approved.required}")
        @DecimalMin(value = "0", message = "{validation.not-negative}")
        @Digits(integer = 13, fraction = 2, message = "{project.budget.digits}") BigDecimal approved,
        @DecimalMin(value = "0", message = "{validation.not-negative}")
        @Digits(integer = 13, fraction = 2, message = "{project.budget.digits}") BigDecimal committed,
        @DecimalMin(value = "0", message = "{validation.not-negative}")
        @Digits(integer = 13, fraction = 2, message = "{project.budget.digits}") BigDecimal paid) {

    static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
