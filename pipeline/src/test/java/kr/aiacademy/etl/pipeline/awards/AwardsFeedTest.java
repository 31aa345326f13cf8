package kr.aiacademy.etl.pipeline.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.aiacademy.etl.pipeline.feed.ByteSource;
import kr.aiacademy.etl.pipeline.feed.RecordRules;
import kr.aiacademy.etl.pipeline.feed.RecordSource;
import kr.aiacademy.etl.pipeline.feed.RuleViolation;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.lake.LakeColumn;
import kr.aiacademy.etl.pipeline.lake.LakeFileWriter;
import kr.aiacademy.etl.pipeline.lake.LakeRow;
import kr.aiacademy.etl.pipeline.lake.LakeSchemas;
import kr.aiacademy.etl.pipeline.lake.Lineage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwardsFeedTest {

    private static final LocalDateTime INGESTED = LocalDateTime.of(2021, 12, 16, 2, 0);
    private static final Lineage LINEAGE = new Lineage("awards", "awards_20211215.json", "ef".repeat(32),
            LocalDate.of(2021, 12, 15), 0, INGESTED.minusHours(1), INGESTED);

    private final AwardsFeed feed = new AwardsFeed();

    @TempDir
    Path dir;

    @Test
    void requiresEveryContractFieldButOrganizerAndRegion() {
        assertThat(feed.name()).isEqualTo("awards");
        assertThat(feed.requiredColumns()).containsExactlyInAnyOrder("award_id", "event.name", "event.held_on",
                "team.name", "team.members", "cohort", "rank", "prize_krw");
        assertThat(feed.knownColumns()).containsAll(feed.requiredColumns())
                .contains("event.organizer", "event.region").hasSize(10);
        assertThat(feed.personalColumns()).isEmpty();
    }

    @Test
    void takesJsonLinesAndJsonFilesAsDataFiles() {
        assertThat(feed.isDataFile("awards_20210630.jsonl")).isTrue();
        assertThat(feed.isDataFile("awards_20211215.JSON")).isTrue();
        assertThat(feed.isDataFile("awards.csv")).isFalse();
    }

    @Test
    void readsAJsonArrayFileThroughTheRules() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("awards_20211215.json"), """
                [
                {"award_id":"AW-2021-009","event":{"name":"2021 인공지능 온라인 경진대회","held_on":"2021-11-20",\
                "region":"서울"},"team":{"name":"딥러닝광주","members":["A1-0003","A1-0011"]},"cohort":1,\
                "rank":"대상","prize_krw":3000000},
                {"award_id":"AW-2021-010","event":{"name":"광주 AI 챌린지","held_on":"2021-03-27"},\
                "team":{"name":"알고리즘요정","members":["A1-0005"]},"cohort":1,"rank":"장려상","prize_krw":-100}
                ]
                """, StandardCharsets.UTF_8);
        RecordRules<AwardRecord> rules = feed.rules(null);

        // when
        List<Object> results = new ArrayList<>();
        try (RecordSource source = feed.open(ByteSource.of(file), "awards_20211215.json")) {
            for (SourceRecord r = source.next(); r != null; r = source.next()) {
                try {
                    results.add(rules.apply(r));
                } catch (RuleViolation v) {
                    results.add(r.recordNo() + ":" + v.rule());
                }
            }
        }

        // then
        assertThat(results).containsExactly(new AwardRecord("AW-2021-009", "2021 인공지능 온라인 경진대회", null,
                LocalDate.of(2021, 11, 20), 11, "딥러닝광주", List.of("A1-0003", "A1-0011"), 1, AwardRank.WINNER,
                3_000_000L), "2:negative_amount");
        assertThat(feed.inspectColumns(ByteSource.of(file), "awards_20211215.json").names()).containsExactlyInAnyOrderElementsOf(
                List.of("award_id", "event.name", "event.held_on", "event.region", "team.name", "team.members",
                        "cohort", "rank", "prize_krw"));
    }

    @Test
    void writesLakeColumnsThatDuckDbReadsWithTheirTypes() throws Exception {
        // given
        Path target = dir.resolve("lake/awards.parquet");
        AwardRecord award = new AwardRecord("AW-2021-001", "핀테크 인공지능 해커톤", "광주핀테크지원센터",
                LocalDate.of(2021, 2, 20), 29, "빛고을코더즈", List.of("A1-0001", "A1-0007"), 1, AwardRank.WINNER,
                3_000_000L);
        AwardRecord bare = new AwardRecord("AW-2021-002", "광주 AI 챌린지", null, LocalDate.of(2021, 3, 27), null,
                "무등산AI", List.of("A1-0002"), 1, AwardRank.SPECIAL, 0L);

        // when
        try (LakeFileWriter<LakeRow<AwardRecord>> writer =
                new LakeFileWriter<>(LakeSchemas.rows(feed.name(), feed.lakeColumns()), target)) {
            writer.write(new LakeRow<>(award, LINEAGE, "awards_20211215.json", 1));
            writer.write(new LakeRow<>(bare, LINEAGE, "awards_20211215.json", 2));
            writer.commit();
        }

        // then
        List<String> types = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("describe select * from read_parquet('" + target + "')")) {
                while (rs.next()) {
                    types.add(rs.getString("column_name") + " " + rs.getString("column_type"));
                }
            }
            try (ResultSet rs = s.executeQuery("select * from read_parquet('" + target + "') order by record_no")) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= feed.lakeColumns().size(); i++) {
                        Object value = rs.getObject(i);
                        row.add(value instanceof Array a ? Arrays.asList((Object[]) a.getArray()) : value);
                    }
                    rows.add(row);
                }
            }
        }
        assertThat(feed.lakeColumns()).extracting(LakeColumn::name).containsExactly("award_id", "event_name",
                "event_organizer", "event_held_on", "event_region_code", "team_name", "team_members", "cohort",
                "rank", "prize_krw");
        assertThat(types).startsWith("award_id VARCHAR", "event_name VARCHAR", "event_organizer VARCHAR",
                "event_held_on DATE", "event_region_code INTEGER", "team_name VARCHAR", "team_members VARCHAR[]",
                "cohort INTEGER", "rank VARCHAR", "prize_krw BIGINT")
                .contains("drop_sha256 VARCHAR", "source_file VARCHAR", "record_no BIGINT");
        assertThat(rows).containsExactly(
                List.of("AW-2021-001", "핀테크 인공지능 해커톤", "광주핀테크지원센터", LocalDate.of(2021, 2, 20), 29,
                        "빛고을코더즈", List.of("A1-0001", "A1-0007"), 1, "WINNER", 3_000_000L),
                Arrays.asList("AW-2021-002", "광주 AI 챌린지", null, LocalDate.of(2021, 3, 27), null, "무등산AI",
                        List.of("A1-0002"), 1, "SPECIAL", 0L));
    }
}
