package kr.aiacademy.etl.pipeline.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import kr.aiacademy.etl.pipeline.feed.Header;
import kr.aiacademy.etl.pipeline.feed.RuleViolation;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import kr.aiacademy.etl.pipeline.feed.FutureDates;

class BudgetRulesTest {

    /** The day of the load: events up to the next day are accepted. */
    private static final LocalDate LOAD_DAY = LocalDate.of(2025, 6, 30);

    private final BudgetRules rules = new BudgetRules(LOAD_DAY);

    @Test
    void turnsAValidRowIntoANormalizedRecord() throws RuleViolation {
        // given
        Map<String, String> row = validRow();

        // when
        BudgetRecord record = rules.apply(record(row));

        // then
        assertThat(record).isEqualTo(new BudgetRecord(2024, "GJ-AI-ACADEMY", "광주 인공지능사관학교 운영",
                FundingSource.CITY, "인건비", 1_500_000_000L, 375_000_000L, true, LocalDate.of(2024, 3, 31)));
    }

    @Test
    void trimsAndUpperCasesTheProgramCode() throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("사업코드", "  gj-ai-city ");

        // when / then
        assertThat(rules.apply(record(row)).programCode()).isEqualTo("GJ-AI-CITY");
    }

    @Test
    void trimsTheBudgetLineAndLeavesABlankProgramNameNull() throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("세목", " 장비구입비 ");
        row.put("사업명", "  ");

        // when
        BudgetRecord record = rules.apply(record(row));

        // then
        assertThat(record.budgetLine()).isEqualTo("장비구입비");
        assertThat(record.programName()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,500,000,000", "1500000000원", "1,500,000,000원", "1500000000", " 1,500,000,000 원 "})
    void readsAmountsWithThousandsSeparatorsAndWonSuffix(String amount) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("예산액", amount);
        row.put("집행액", amount);

        // when
        BudgetRecord record = rules.apply(record(row));

        // then
        assertThat(record.allocatedKrw()).isEqualTo(1_500_000_000L);
        assertThat(record.executedKrw()).isEqualTo(1_500_000_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void takesAnEmptyExecutedAmountAsZeroNotReported(String empty) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("집행액", empty);

        // when
        BudgetRecord record = rules.apply(record(row));

        // then
        assertThat(record.executedKrw()).isZero();
        assertThat(record.executedReported()).isFalse();
    }

    @Test
    void takesAnAbsentExecutedColumnAsZeroNotReported() throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.remove("집행액");
        row.remove("사업명");

        // when
        BudgetRecord record = rules.apply(record(row));

        // then
        assertThat(record.executedKrw()).isZero();
        assertThat(record.executedReported()).isFalse();
        assertThat(record.programName()).isNull();
    }

    @Test
    void takesAnExplicitZeroExecutedAmountAsReported() throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("집행액", "0");

        // when
        BudgetRecord record = rules.apply(record(row));

        // then
        assertThat(record.executedKrw()).isZero();
        assertThat(record.executedReported()).isTrue();
    }

    @Test
    void acceptsAnExecutedAmountAboveTheAllocatedOne() throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("예산액", "100,000,000");
        row.put("집행액", "120,000,000");

        // when
        BudgetRecord record = rules.apply(record(row));

        // then
        assertThat(record.executedKrw()).isGreaterThan(record.allocatedKrw()).isEqualTo(120_000_000L);
    }

    @ParameterizedTest
    @CsvSource({
        "국비, NATIONAL", "시비, CITY", "도비, PROVINCE", "민간, PRIVATE",
        "national, NATIONAL", "City, CITY", "PROVINCE, PROVINCE", "private, PRIVATE", "' 국비 ', NATIONAL"
    })
    void readsEachFundingSourceLabelAndEnumNameInAnyCase(String label, FundingSource expected)
            throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("재원", label);

        // when / then
        assertThat(rules.apply(record(row)).fundingSource()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-31", "2024.03.31", "2024/03/31", "20240331"})
    void readsEachDateForm(String date) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("기준일", date);

        // when / then
        assertThat(rules.apply(record(row)).asOf()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2100})
    void acceptsTheFirstAndLastFiscalYear(int year) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("회계연도", Integer.toString(year));

        // when / then
        assertThat(rules.apply(record(row)).fiscalYear()).isEqualTo(year);
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                arguments("missing_value", "회계연도", ""),
                arguments("missing_value", "사업코드", " "),
                arguments("missing_value", "재원", ""),
                arguments("missing_value", "세목", ""),
                arguments("missing_value", "예산액", ""),
                arguments("missing_value", "기준일", ""),
                arguments("invalid_fiscal_year", "회계연도", "1999"),
                arguments("invalid_fiscal_year", "회계연도", "2101"),
                arguments("invalid_fiscal_year", "회계연도", "24"),
                arguments("invalid_fiscal_year", "회계연도", "02024"),
                arguments("invalid_fiscal_year", "회계연도", "+2024"),
                arguments("invalid_fiscal_year", "회계연도", "2024년"),
                arguments("invalid_fiscal_year", "회계연도", "２０２４"),
                arguments("unknown_funding_source", "재원", "군비"),
                arguments("unknown_funding_source", "재원", "federal"),
                arguments("invalid_amount", "예산액", "1,5000,000"),
                arguments("invalid_amount", "예산액", "1.5억"),
                arguments("invalid_amount", "예산액", "1,500,000.50"),
                arguments("invalid_amount", "집행액", "미정"),
                arguments("negative_amount", "예산액", "-1"),
                arguments("negative_amount", "집행액", "-1,000원"),
                arguments("invalid_date", "기준일", "2024-02-30"),
                arguments("invalid_date", "기준일", "31/03/2024"));
    }

    @ParameterizedTest(name = "{0}: {1} = ''{2}''")
    @MethodSource("brokenRules")
    void rejectsARowBreakingOneRuleWithItsCode(String code, String column, String value) {
        // given
        Map<String, String> row = validRow();
        row.put(column, value);

        // when / then
        assertThatThrownBy(() -> rules.apply(record(row)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo(code);
                    assertThat(v.detail()).contains(column);
                });
    }

    @Test
    void reportsAMissingRequiredColumnAsAMissingValue() {
        // given
        Map<String, String> row = validRow();
        row.remove("예산액");

        // when / then
        assertThatThrownBy(() -> rules.apply(record(row)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("missing_value"));
    }

    @Test
    void rejectsASnapshotDatedLaterThanTheDayAfterTheLoad() {
        Map<String, String> row = validRow();
        row.put("기준일", "2025-07-02");

        FutureDates.rejected(rules, record(row), "기준일", LocalDate.of(2025, 7, 2), LOAD_DAY);
    }

    @Test
    void acceptsASnapshotDatedTheDayAfterTheLoad() throws RuleViolation {
        Map<String, String> row = validRow();
        row.put("기준일", "2025/07/01");

        assertThat(rules.apply(record(row)).asOf()).isEqualTo(LOAD_DAY.plusDays(1));
    }

    private static Map<String, String> validRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("회계연도", "2024");
        row.put("사업코드", "GJ-AI-ACADEMY");
        row.put("사업명", "광주 인공지능사관학교 운영");
        row.put("재원", "시비");
        row.put("세목", "인건비");
        row.put("예산액", "1,500,000,000");
        row.put("집행액", "375,000,000원");
        row.put("기준일", "2024-03-31");
        return row;
    }

    private static SourceRecord record(Map<String, String> row) {
        return new SourceRecord("budget_2024q1.csv", 2, new Header(new ArrayList<>(row.keySet())),
                row.values().toArray(String[]::new), null);
    }
}
