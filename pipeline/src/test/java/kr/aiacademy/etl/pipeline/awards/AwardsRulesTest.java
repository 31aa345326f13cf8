package kr.aiacademy.etl.pipeline.awards;

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

class AwardsRulesTest {

    /** The day of the load: events up to the next day are accepted. */
    private static final LocalDate LOAD_DAY = LocalDate.of(2025, 6, 30);

    private final AwardsRules rules = new AwardsRules(LOAD_DAY);

    @Test
    void turnsAValidRecordIntoANormalizedRecord() throws RuleViolation {
        // given
        Map<String, String> row = validRow();

        // when
        AwardRecord record = rules.apply(record(row));

        // then
        assertThat(record).isEqualTo(new AwardRecord("AW-2021-001", "핀테크 인공지능 해커톤", "광주핀테크지원센터",
                LocalDate.of(2021, 2, 20), 29, "빛고을코더즈", List.of("A1-0001", "A1-0007", "A1-0013"), 1,
                AwardRank.WINNER, 3_000_000L));
    }

    @Test
    void acceptsARecordWithoutTheOptionalFields() throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.remove("event.organizer");
        row.put("event.region", " ");

        // when
        AwardRecord record = rules.apply(record(row));

        // then
        assertThat(record.eventOrganizer()).isNull();
        assertThat(record.eventRegionCode()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "우승, WINNER", "대상, WINNER", "준우승, RUNNER_UP", "최우수상, RUNNER_UP", "우수상, THIRD",
        "장려상, HONORABLE", "특별상, SPECIAL", "winner, WINNER", "Runner_Up, RUNNER_UP", "runner-up, RUNNER_UP",
        "honorable, HONORABLE"
    })
    void readsKoreanLabelsAndEnglishNamesInAnyCase(String label, AwardRank expected) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("rank", label);

        // when / then
        assertThat(rules.apply(record(row)).rank()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3000000 | 3000000", "3,000,000 | 3000000", "1,000,000원 | 1000000", "₩500,000 | 500000", "0 | 0",
        "0원 | 0"
    })
    void readsPrizesWithSeparatorsAndWonAndAllowsZero(String value, long expected) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("prize_krw", value);

        // when / then
        assertThat(rules.apply(record(row)).prizeKrw()).isEqualTo(expected);
    }

    @Test
    void stripsTeamMembers() throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("team.members", "[\" A1-0001 \",\"A1-0002\"]");

        // when / then
        assertThat(rules.apply(record(row)).teamMembers()).containsExactly("A1-0001", "A1-0002");
    }

    @ParameterizedTest
    @ValueSource(strings = {"광주", "광주광역시", "Gwangju", "gwangju metropolitan city"})
    void codesTheEventRegion(String spelling) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("event.region", spelling);

        // when / then
        assertThat(rules.apply(record(row)).eventRegionCode()).isEqualTo(29);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-20", "2021.02.20", "2021/02/20", "20210220"})
    void readsEachDateForm(String date) throws RuleViolation {
        // given
        Map<String, String> row = validRow();
        row.put("event.held_on", date);

        // when / then
        assertThat(rules.apply(record(row)).eventHeldOn()).isEqualTo(LocalDate.of(2021, 2, 20));
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                arguments("missing_value", "award_id", ""),
                arguments("missing_value", "event.name", " "),
                arguments("missing_value", "event.held_on", ""),
                arguments("missing_value", "team.name", ""),
                arguments("missing_value", "team.members", ""),
                arguments("missing_value", "cohort", ""),
                arguments("missing_value", "rank", ""),
                arguments("missing_value", "prize_krw", ""),
                arguments("invalid_members", "team.members", "[]"),
                arguments("invalid_members", "team.members", "A1-0001"),
                arguments("invalid_members", "team.members", "[\"A1-0001\", 2]"),
                arguments("invalid_members", "team.members", "[\"A1-0001\", \" \"]"),
                arguments("invalid_members", "team.members", "[\"A1-0001\", null]"),
                arguments("invalid_members", "team.members", "[[\"A1-0001\"]]"),
                arguments("invalid_members", "team.members", "[\"A1-0001\""),
                arguments("invalid_members", "team.members", "{\"id\":\"A1-0001\"}"),
                arguments("invalid_cohort", "cohort", "0"),
                arguments("invalid_cohort", "cohort", "1기"),
                arguments("invalid_cohort", "cohort", "1.0"),
                arguments("unknown_rank", "rank", "금상"),
                arguments("unknown_rank", "rank", "FIRST"),
                arguments("invalid_date", "event.held_on", "2021-02-30"),
                arguments("unknown_region", "event.region", "Atlantis"),
                arguments("invalid_amount", "prize_krw", "삼백만원"),
                arguments("invalid_amount", "prize_krw", "3,000,00"),
                arguments("invalid_amount", "prize_krw", "3000000.0"),
                arguments("negative_amount", "prize_krw", "-100"),
                arguments("negative_amount", "prize_krw", "-1,000,000원"));
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
    void rejectsARecordWithoutMembersAsMissingValue() {
        // given
        Map<String, String> row = validRow();
        row.remove("team.members");

        // when / then
        assertThatThrownBy(() -> rules.apply(record(row)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("missing_value"));
    }

    @Test
    void rejectsAnEventHeldLaterThanTheDayAfterTheLoad() {
        Map<String, String> row = validRow();
        row.put("event.held_on", "2099-12-31");

        FutureDates.rejected(rules, record(row), "event.held_on", LocalDate.of(2099, 12, 31), LOAD_DAY);
    }

    @Test
    void acceptsAnEventHeldOnTheDayAfterTheLoad() throws RuleViolation {
        Map<String, String> row = validRow();
        row.put("event.held_on", "20250701");

        assertThat(rules.apply(record(row)).eventHeldOn()).isEqualTo(LOAD_DAY.plusDays(1));
    }

    private static Map<String, String> validRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("award_id", "AW-2021-001");
        row.put("event.name", "핀테크 인공지능 해커톤");
        row.put("event.organizer", "광주핀테크지원센터");
        row.put("event.held_on", "2021-02-20");
        row.put("event.region", "광주");
        row.put("team.name", "빛고을코더즈");
        row.put("team.members", "[\"A1-0001\",\"A1-0007\",\"A1-0013\"]");
        row.put("cohort", "1");
        row.put("rank", "우승");
        row.put("prize_krw", "3,000,000원");
        return row;
    }

    private static SourceRecord record(Map<String, String> row) {
        return new SourceRecord("awards_20210630.jsonl", 1, new Header(new ArrayList<>(row.keySet())),
                row.values().toArray(String[]::new), null);
    }
}
