package kr.aiacademy.etl.pipeline.budget;

import java.time.LocalDate;

/**
 * One budget line of a program as of a snapshot date, after the rules. Amounts are whole won.
 *
 * @param programCode      trimmed and upper-cased, e.g. {@code GJ-AI-ACADEMY}
 * @param programName      null when not given
 * @param executedKrw      0 when nothing was executed yet (empty cell); may exceed {@code allocatedKrw}
 * @param executedReported false when the executed amount was empty or its column absent
 */
public record BudgetRecord(
        int fiscalYear,
        String programCode,
        String programName,
        FundingSource fundingSource,
        String budgetLine,
        long allocatedKrw,
        long executedKrw,
        boolean executedReported,
        LocalDate asOf) {
}
