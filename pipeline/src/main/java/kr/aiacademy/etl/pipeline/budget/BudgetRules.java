package kr.aiacademy.etl.pipeline.budget;

import static kr.aiacademy.etl.pipeline.budget.BudgetColumns.ALLOCATED;
import static kr.aiacademy.etl.pipeline.budget.BudgetColumns.AS_OF;
import static kr.aiacademy.etl.pipeline.budget.BudgetColumns.BUDGET_LINE;
import static kr.aiacademy.etl.pipeline.budget.BudgetColumns.EXECUTED;
import static kr.aiacademy.etl.pipeline.budget.BudgetColumns.FISCAL_YEAR;
import static kr.aiacademy.etl.pipeline.budget.BudgetColumns.FUNDING_SOURCE;
import static kr.aiacademy.etl.pipeline.budget.BudgetColumns.PROGRAM_CODE;
import static kr.aiacademy.etl.pipeline.budget.BudgetColumns.PROGRAM_NAME;

import java.util.Locale;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.feed.RuleViolation;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.feed.Values;
import kr.aiacademy.etl.pipeline.normalize.Amounts;
import kr.aiacademy.etl.pipeline.normalize.InvalidValueException;
import kr.aiacademy.etl.pipeline.privacy.Echo;
import java.time.LocalDate;

/**
 * The budget rules of the feed contract. Rule codes are stable: {@code missing_value}, {@code invalid_fiscal_year},
 * {@code unknown_funding_source}, {@code invalid_amount}, {@code negative_amount}, {@code invalid_date},
 * {@code future_date} (기준일 later than the load's day plus one).
 *
 * <p>An executed amount above the allocated one is loaded as it is (the warehouse flags it); an empty executed
 * amount means nothing was executed yet: 0, not reported.
 */
final class BudgetRules implements RecordRules<BudgetRecord> {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final LocalDate latestEvent;

    BudgetRules(LocalDate loadDay) {
        this.latestEvent = loadDay.plusDays(1);
    }

    @Override
    public BudgetRecord apply(SourceRecord record) throws RuleViolation {
        Values v = new Values(record, latestEvent);
        int fiscalYear = fiscalYear(v.required(FISCAL_YEAR));
        String programCode = v.required(PROGRAM_CODE).toUpperCase(Locale.ROOT);
        String programName = v.optional(PROGRAM_NAME);
        FundingSource fundingSource = fundingSource(v.required(FUNDING_SOURCE));
        String budgetLine = v.required(BUDGET_LINE);
        long allocated = amount(ALLOCATED, v.required(ALLOCATED));
        String executed = v.optional(EXECUTED);
        long executedKrw = executed == null ? 0 : amount(EXECUTED, executed);
        return new BudgetRecord(fiscalYear, programCode, programName, fundingSource, budgetLine, allocated,
                executedKrw, executed != null, v.requiredEventDate(AS_OF));
    }

    /** Exactly four ASCII digits, 2000 to 2100. */
    private static int fiscalYear(String value) throws RuleViolation {
        if (value.length() != 4 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RuleViolation("invalid_fiscal_year",
                    FISCAL_YEAR + " " + Echo.quoted(value) + " is not a 4-digit year");
        }
        int year = Integer.parseInt(value);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolation("invalid_fiscal_year",
                    FISCAL_YEAR + " " + year + " is outside " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        return year;
    }

    private static FundingSource fundingSource(String value) throws RuleViolation {
        return FundingSource.parse(value).orElseThrow(() -> new RuleViolation("unknown_funding_source",
                FUNDING_SOURCE + " " + Echo.quoted(value)
                        + " is not one of NATIONAL 국비, CITY 시비, PROVINCE 도비, PRIVATE 민간"));
    }

    /** Whole won, thousands separators and a 원 suffix allowed (see {@link Amounts#parseWon}); never negative. */
    private static long amount(String column, String value) throws RuleViolation {
        long won;
        try {
            won = Amounts.parseWon(value);
        } catch (InvalidValueException e) {
            throw new RuleViolation("invalid_amount", column + ": " + e.message(Echo::quoted));
        }
        if (won < 0) {
            throw new RuleViolation("negative_amount", column + " " + won + " is negative");
        }
        return won;
    }
}
