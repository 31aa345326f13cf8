package kr.aiacademy.etl.pipeline.enrollment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.aiacademy.etl.pipeline.feed.RuleViolation;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import kr.aiacademy.etl.pipeline.feed.FutureDates;

class EnrollmentRulesTest {

    /** The day of the load: events up to the next day are accepted. */
    private static final LocalDate LOAD_DAY = LocalDate.of(2025, 6, 30);

    private static final byte[] KEY = "enrollment-rules-test-key-0123456789".getBytes(UTF_8);
    private static final String NAME = EnrollmentRows.NAME;
    private static final String RRN = EnrollmentRows.RRN;
    private static final String RRN_TAIL = "538264";
    private static final String EMAIL = EnrollmentRows.EMAIL;
    private static final String PHONE = EnrollmentRows.PHONE;

    private final EnrollmentRules rules = new EnrollmentRules(new Pseudonymizer(KEY), LOAD_DAY);

    @Test
    void turnsAValidRowIntoANormalizedRecord() throws RuleViolation {
        // given
        Map<String, String> row = validRow();

        // when
        EnrollmentRecord record = rules.apply(record(row));

        // then
        assertThat(record.applicantId()).isEqualTo("A-0001");
        assertThat(record.cohort()).isEqualTo(3);
        assertThat(record.courseStart()).isEqualTo(LocalDate.of(2021, 3, 2));
        assertThat(record.courseEnd()).isEqualTo(LocalDate.of(2021, 8, 31));
        assertThat(record.plannedHours()).isEqualTo(960);
        assertThat(record.birthYear()).isEqualTo(1990);
        assertThat(record.sex()).isEqualTo("M");
        assertThat(record.homeRegionCode()).isEqualTo(29);
        assertThat(record.status()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(record.appliedOn()).isEqualTo(LocalDate.of(2021, 1, 15));
        assertThat(record.statusOn()).isEqualTo(LocalDate.of(2021, 3, 2));
        assertThat(record.hoursAttended()).isEqualTo(120);
        assertThat(record.dormitory()).isTrue();
        assertThat(record.updatedAt()).isEqualTo(LocalDateTime.of(2021, 3, 4, 9, 15));
    }

    @Test
    void keysThePersonByAKeyedPseudonymOfTheRrn() throws RuleViolation {
        // given
        Map<String, String> row = validRow();

        // when
        byte[] key = rules.apply(record(row)).personKey();

        // then
        assertThat(key).hasSize(32).isEqualTo(new Pseudonymizer(KEY).pseudonym("9001011538264"));
    }

    @Test
    void givesTheSamePseudonymForAnRrnWithAndWithoutHyphen() throws RuleViolation {
        // given
        Map<String, String> withHyphen = validRow();
        Map<String, String> withoutHyphen = validRow();
        withoutHyphen.put("rrn", "9001011538264");

        // when
        byte[] a = rules.apply(record(withHyphen)).personKey();
        byte[] b = rules.apply(record(withoutHyphen)).personKey();

        // then
        assertThat(a).isEqualTo(b);
    }

    @Test
    void givesAnotherPseudonymUnderAnotherKeyOrForAnotherPerson() throws RuleViolation {
        // given
        EnrollmentRules otherKey = new EnrollmentRules(new Pseudonymizer("another-key-0123456789".getBytes(UTF_8)),
                LOAD_DAY);
        Map<String, String> otherPerson = validRow();
        otherPerson.put("rrn", "900101-1538265");

        // when
        byte[] original = rules.apply(record(validRow())).personKey();

        // then
        assertThat(otherKey.apply(record(validRow())).personKey()).isNotEqualTo(original);
        assertThat(rules.apply(record(otherPerson)).personKey()).isNotEqualTo(original);
    }

    @ParameterizedTest
    @CsvSource({
        "900101-1538264, 1990, M",
        "851231-2538264, 1985, F",
        "020315-3538264, 2002, M",
        "0402294538264, 2004, F"
    })
    void takesBirthYearAndSexFromTheRrn(String rrn, int birthYear, String sex) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("rrn", rrn);

        // when
        EnrollmentRecord record = rules.apply(record(row));

        // then
        assertThat(record.birthYear()).isEqualTo(birthYear);
        assertThat(record.sex()).isEqualTo(sex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"광주", "광주광역시", "광주시", "Gwangju", "gwangju", " 광주 "})
    void codesEveryGwangjuSpellingAs29(String spelling) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("home_region", spelling);

        // when / then
        assertThat(rules.apply(record(row)).homeRegionCode()).isEqualTo(29);
    }

    @ParameterizedTest
    @CsvSource({
        "지원, APPLIED", "합격, ADMITTED", "입교, ENROLLED", "수료, COMPLETED", "중도탈락, DROPPED",
        "applied, APPLIED", "Completed, COMPLETED", "DROPPED, DROPPED"
    })
    void readsKoreanLabelsAndEnumNamesInAnyCase(String label, EnrollmentStatus expected) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("status", label);

        // when / then
        assertThat(rules.apply(record(row)).status()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-03-02", "2021.03.02", "2021/03/02", "20210302"})
    void readsEachDateForm(String date) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("course_start", date);
        row.put("applied_on", date);
        row.put("status_on", date);

        // when
        EnrollmentRecord record = rules.apply(record(row));

        // then
        LocalDate expected = LocalDate.of(2021, 3, 2);
        assertThat(List.of(record.courseStart(), record.appliedOn(), record.statusOn())).containsOnly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-03-04T09:15:00", "2021-03-04 09:15:00"})
    void readsBothTimestampForms(String timestamp) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("updated_at", timestamp);

        // when / then
        assertThat(rules.apply(record(row)).updatedAt()).isEqualTo(LocalDateTime.of(2021, 3, 4, 9, 15));
    }

    @Test
    void acceptsBlankOptionalColumnsAsNull() throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("email", "");
        row.put("phone", " ");
        row.put("hours_attended", "");
        row.put("dormitory", "");

        // when
        EnrollmentRecord record = rules.apply(record(row));

        // then
        assertThat(record.hoursAttended()).isNull();
        assertThat(record.dormitory()).isNull();
    }

    @Test
    void acceptsARowWithoutTheOptionalColumnsAtAll() throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        List.of("email", "phone", "hours_attended", "dormitory").forEach(row::remove);

        // when
        EnrollmentRecord record = rules.apply(record(row));

        // then
        assertThat(record.hoursAttended()).isNull();
        assertThat(record.dormitory()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"Y, true", "y, true", "N, false", "n, false"})
    void readsDormitoryYesOrNoInAnyCase(String value, boolean expected) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("dormitory", value);

        // when / then
        assertThat(rules.apply(record(row)).dormitory()).isEqualTo(expected);
    }

    @Test
    void acceptsZeroHoursAttendedAndAStatusOnTheDayOfApplication() throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("hours_attended", "0");
        row.put("status_on", row.get("applied_on"));
        row.put("course_end", row.get("course_start"));

        // when
        EnrollmentRecord record = rules.apply(record(row));

        // then
        assertThat(record.hoursAttended()).isZero();
        assertThat(record.statusOn()).isEqualTo(record.appliedOn());
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                arguments("missing_value", "applicant_id", ""),
                arguments("missing_value", "name", " "),
                arguments("missing_value", "rrn", ""),
                arguments("missing_value", "home_region", ""),
                arguments("missing_value", "status", ""),
                arguments("missing_value", "updated_at", ""),
                arguments("invalid_cohort", "cohort", "0"),
                arguments("invalid_cohort", "cohort", "3기"),
                arguments("invalid_date", "course_start", "2021-02-30"),
                arguments("invalid_date", "course_end", "31/08/2021"),
                arguments("invalid_date", "applied_on", "2021-1-15"),
                arguments("course_end_before_start", "course_end", "2021-03-01"),
                arguments("invalid_planned_hours", "planned_hours", "0"),
                arguments("invalid_planned_hours", "planned_hours", "960h"),
                arguments("invalid_rrn", "rrn", "900101-5538264"),
                arguments("invalid_rrn", "rrn", "901301-1538264"),
                arguments("invalid_rrn", "rrn", "900230-2538264"),
                arguments("invalid_rrn", "rrn", "900101-153826"),
                arguments("invalid_rrn", "rrn", "90O101-1538264"),
                arguments("invalid_rrn", "rrn", "900101 1538264"),
                arguments("unknown_region", "home_region", "Atlantis"),
                arguments("unknown_status", "status", "대기"),
                arguments("status_before_applied", "status_on", "2021-01-14"),
                arguments("invalid_hours_attended", "hours_attended", "-1"),
                arguments("invalid_hours_attended", "hours_attended", "many"),
                arguments("invalid_dormitory", "dormitory", "yes"),
                arguments("invalid_timestamp", "updated_at", "2021-03-04T25:00:00"),
                arguments("invalid_timestamp", "updated_at", "2021/03/04 09:15"));
    }

    @ParameterizedTest(name = "{0}: {1} = ''{2}''")
    @MethodSource("brokenRules")
    void rejectsARowBreakingOneRuleWithItsCode(String code, String column, String value) {
        // given
        Map<String, String> row = validRow();
        row.put(column, value);

        // when / then
        assertThatThrownBy(() -> rules.apply(record(row)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(code));
    }

    @ParameterizedTest(name = "{0}: {1} = ''{2}''")
    @MethodSource("brokenRules")
    void neverPutsPersonalDataInTheDetail(String code, String column, String value) {
        // given
        Map<String, String> row = validRow();
        row.put(column, value);

        // when
        RuleViolation violation = catchViolation(row);

        // then
        assertThat(violation.detail()).isNotBlank()
                .doesNotContain(NAME, EMAIL, "kim.cs", PHONE, "2345-6789", RRN_TAIL);
    }

    @Test
    void neverPutsTheLastSixDigitsOfABadRrnInTheDetail() {
        // given
        Map<String, String> row = validRow();
        row.put("rrn", "900101-9876543");

        // when
        RuleViolation violation = catchViolation(row);

        // then
        assertThat(violation.rule()).isEqualTo("invalid_rrn");
        assertThat(violation.detail()).doesNotContain("876543", "9876543");
    }

    @ParameterizedTest
    @CsvSource({"applied_on,2025-07-02", "status_on,2025-07-02", "updated_at,2025-07-02 00:00:00"})
    void rejectsAnEventDatedLaterThanTheDayAfterTheLoad(String column, String value) {
        Map<String, String> row = validRow();
        row.put(column, value);

        FutureDates.rejected(rules, record(row), column, LocalDate.of(2025, 7, 2), LOAD_DAY);
    }

    @Test
    void acceptsEventsOnTheDayAfterTheLoadAndCourseDatesInTheFuture() throws RuleViolation {
        Map<String, String> row = validRow();
        row.put("applied_on", "2025-07-01");
        row.put("status_on", "2025-07-01");
        row.put("updated_at", "2025-07-01 23:59:59");
        row.put("course_start", "2029-03-02");
        row.put("course_end", "2029-10-31");

        EnrollmentRecord record = rules.apply(record(row));

        assertThat(record.updatedAt()).isEqualTo(LocalDateTime.of(2025, 7, 1, 23, 59, 59));
        assertThat(record.courseEnd()).isEqualTo(LocalDate.of(2029, 10, 31));
    }

    private RuleViolation catchViolation(Map<String, String> row) {
        try {
            rules.apply(record(row));
        } catch (RuleViolation v) {
            return v;
        }
        throw new AssertionError("row was accepted: " + row.keySet());
    }

    private static Map<String, String> validRow() {
        return EnrollmentRows.valid();
    }

    private static SourceRecord record(Map<String, String> row) {
        return EnrollmentRows.record(row);
    }
}
