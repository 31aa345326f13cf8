package kr.aiacademy.etl.pipeline.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

class EmploymentRulesTest {

    /** The day of the load: events up to the next day are accepted. */
    private static final LocalDate LOAD_DAY = LocalDate.of(2025, 6, 30);

    private final EmploymentRules rules = new EmploymentRules(LOAD_DAY);

    @Test
    void turnsAValidRecordIntoANormalizedRecord() throws RuleViolation {
        // given
        Map<String, String> row = validRow();

        // when
        EmploymentRecord record = rules.apply(record(row));

        // then
        assertThat(record).isEqualTo(new EmploymentRecord("A1-0001", EmploymentOutcome.EMPLOYED, "410-81-23456",
                "(주)빛고을AI", 29, "DATA_SCIENTIST", LocalDate.of(2021, 9, 1), "HIRING_FAIR",
                "2021 광주 인공지능 기업 맞춤형 인재 채용데이", 36_000_000L, LocalDate.of(2021, 8, 31)));
    }

    @Test
    void acceptsARecordWithOnlyTheRequiredFields() throws RuleViolation {
        // given
        Map<String, String> row = new LinkedHashMap<>();
        row.put("applicant_id", "A1-0002");
        row.put("outcome", "SEEKING");
        row.put("surveyed_on", "2021-08-31");

        // when
        EmploymentRecord record = rules.apply(record(row));

        // then
        assertThat(record).isEqualTo(new EmploymentRecord("A1-0002", EmploymentOutcome.SEEKING, null, null, null,
                null, null, null, null, null, LocalDate.of(2021, 8, 31)));
    }

    @ParameterizedTest
    @CsvSource({
        "취업, EMPLOYED", "창업, STARTUP", "진학, GRAD_SCHOOL", "구직중, SEEKING", "기타, OTHER",
        "employed, EMPLOYED", "Grad_School, GRAD_SCHOOL", "grad school, GRAD_SCHOOL", "grad-school, GRAD_SCHOOL"
    })
    void readsKoreanLabelsAndEnumNamesInAnyCase(String label, EmploymentOutcome expected) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("outcome", label);

        // when / then
        assertThat(rules.apply(record(row)).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"STARTUP", "GRAD_SCHOOL", "SEEKING", "OTHER"})
    void needsNoEmployerUnlessEmployed(String outcome) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("outcome", outcome);
        row.remove("employer.brn");
        row.remove("employer.name");

        // when
        EmploymentRecord record = rules.apply(record(row));

        // then
        assertThat(record.employerBrn()).isNull();
        assertThat(record.employerName()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"410-81-23456", "4108123456", " 410-81-23456 "})
    void storesTheBusinessRegistrationNumberHyphenated(String brn) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("employer.brn", brn);

        // when / then
        assertThat(rules.apply(record(row)).employerBrn()).isEqualTo("410-81-23456");
    }

    @ParameterizedTest
    @CsvSource({
        "data scientist, DATA_SCIENTIST", "Data-Scientist, DATA_SCIENTIST", "project_manager, PROJECT_MANAGER",
        "DEVELOPER, DEVELOPER"
    })
    void readsJobRolesWithSpacesOrHyphensInAnyCase(String value, String expected) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("job_role", value);

        // when / then
        assertThat(rules.apply(record(row)).jobRole()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"open-recruitment, OPEN_RECRUITMENT", "Hiring Fair, HIRING_FAIR", "network, NETWORK"})
    void readsChannelsWithSpacesOrHyphensInAnyCase(String value, String expected) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("channel", value);

        // when / then
        assertThat(rules.apply(record(row)).channel()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "36000000 | 36000000", "36,000,000 | 36000000", "36,000,000원 | 36000000", "36000000 원 | 36000000",
        "0 | 0"
    })
    void readsSalariesWithSeparatorsAndWon(String value, long expected) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("annual_salary_krw", value);

        // when / then
        assertThat(rules.apply(record(row)).annualSalaryKrw()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"광주", "광주광역시", "Gwangju", "29"})
    void codesTheEmployersRegion(String spelling) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("employer.region", spelling);

        // when / then
        assertThat(rules.apply(record(row)).employerRegionCode()).isEqualTo(29);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-09-01", "2021.09.01", "2021/09/01", "20210901"})
    void readsEachDateForm(String date) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("started_on", date);
        row.put("surveyed_on", date);

        // when
        EmploymentRecord record = rules.apply(record(row));

        // then
        assertThat(List.of(record.startedOn(), record.surveyedOn())).containsOnly(LocalDate.of(2021, 9, 1));
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                arguments("missing_value", "applicant_id", ""),
                arguments("missing_value", "outcome", " "),
                arguments("missing_value", "surveyed_on", ""),
                arguments("unknown_outcome", "outcome", "RETIRED"),
                arguments("unknown_outcome", "outcome", "취업함"),
                arguments("missing_employer", "employer.brn", ""),
                arguments("missing_employer", "employer.name", " "),
                arguments("invalid_brn", "employer.brn", "12-345"),
                arguments("invalid_brn", "employer.brn", "410-81-2345"),
                arguments("invalid_brn", "employer.brn", "410-8123456"),
                arguments("invalid_brn", "employer.brn", "410 81 23456"),
                arguments("invalid_brn", "employer.brn", "41O-81-23456"),
                arguments("invalid_brn", "employer.brn", "41081234567"),
                arguments("unknown_region", "employer.region", "Atlantis"),
                arguments("unknown_job_role", "job_role", "ASTRONAUT"),
                arguments("unknown_job_role", "job_role", "data__scientist_"),
                arguments("unknown_channel", "channel", "TV"),
                arguments("invalid_date", "started_on", "2021-02-30"),
                arguments("invalid_date", "surveyed_on", "31/08/2021"),
                arguments("invalid_amount", "annual_salary_krw", "36백만원"),
                arguments("invalid_amount", "annual_salary_krw", "36,00,000"),
                arguments("invalid_amount", "annual_salary_krw", "3.6e7"),
                arguments("negative_amount", "annual_salary_krw", "-1"),
                arguments("negative_amount", "annual_salary_krw", "-36,000,000원"));
    }

    @ParameterizedTest(name = "{0}: {1} = ''{2}''")
    @MethodSource("brokenRules")
    void rejectsARecordBreakingOneRuleWithItsCode(String code, String field, String value) {
        // given
        Map<String, String> row = validRow();
        row.put(field, value);

        // when / then
        assertThatThrownBy(() -> rules.apply(record(row)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo(code);
                    assertThat(v.detail()).isNotBlank();
                });
    }

    @Test
    void rejectsEmployedWithoutAnyEmployerFieldAsMissingEmployer() {
        // given
        Map<String, String> row = validRow();
        row.keySet().removeIf(field -> field.startsWith("employer."));

        // when / then
        assertThatThrownBy(() -> rules.apply(record(row)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("missing_employer"));
    }

    @Test
    void neverRepeatsABadBusinessRegistrationNumberInTheDetail() {
        // given
        Map<String, String> row = validRow();
        row.put("employer.brn", "987-65-4321");

        // when / then
        assertThatThrownBy(() -> rules.apply(record(row)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.detail()).doesNotContain("4321"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"started_on", "surveyed_on"})
    void rejectsAnEventDatedLaterThanTheDayAfterTheLoad(String column) {
        Map<String, String> row = validRow();
        row.put(column, "2025-07-02");

        FutureDates.rejected(rules, record(row), column, LocalDate.of(2025, 7, 2), LOAD_DAY);
    }

    @Test
    void acceptsEventsOnTheDayAfterTheLoad() throws RuleViolation {
        Map<String, String> row = validRow();
        row.put("started_on", "2025-07-01");
        row.put("surveyed_on", "2025.07.01");

        assertThat(rules.apply(record(row)).surveyedOn()).isEqualTo(LOAD_DAY.plusDays(1));
    }

    private static Map<String, String> validRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("applicant_id", "A1-0001");
        row.put("outcome", "취업");
        row.put("employer.brn", "410-81-23456");
        row.put("employer.name", "(주)빛고을AI");
        row.put("employer.region", "광주");
        row.put("job_role", "DATA_SCIENTIST");
        row.put("started_on", "2021-09-01");
        row.put("channel", "HIRING_FAIR");
        row.put("hiring_event", "2021 광주 인공지능 기업 맞춤형 인재 채용데이");
        row.put("annual_salary_krw", "36,000,000원");
        row.put("surveyed_on", "2021-08-31");
        return row;
    }

    private static SourceRecord record(Map<String, String> row) {
        return new SourceRecord("employment_20210831.jsonl", 1, new Header(new ArrayList<>(row.keySet())),
                row.values().toArray(String[]::new), null);
    }
}
