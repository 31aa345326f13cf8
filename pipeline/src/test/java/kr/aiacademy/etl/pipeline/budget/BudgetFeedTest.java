package kr.aiacademy.etl.pipeline.budget;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kr.aiacademy.etl.pipeline.feed.ByteSource;
import kr.aiacademy.etl.pipeline.feed.Header;
import kr.aiacademy.etl.pipeline.feed.RecordMasker;
import kr.aiacademy.etl.pipeline.feed.RecordSource;
import kr.aiacademy.etl.pipeline.feed.RuleViolation;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.lake.LakeColumn;
import kr.aiacademy.etl.pipeline.lake.LakeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetFeedTest {

    private static final Charset CP949 = Charset.forName("x-windows-949");
    private static final List<String> KOREAN = List.of("회계연도", "사업코드", "사업명", "재원", "세목", "예산액", "집행액", "기준일");
    private static final String ROWS = """
            2024,GJ-AI-ACADEMY,광주 인공지능사관학교 운영,시비,인건비,"1,500,000,000","375,000,000",2024-03-31\r
            2024,GJ-AI-ACADEMY,광주 인공지능사관학교 운영,국비,장비구입비,800000000원,,2024.03.31\r
            2024,gj-ai-city,"광주광역시 AI 중심도시 조성, 총괄",도비,운영비,"2,000,000,000","2,100,000,000",20240331\r
            """;
    private static final String CSV = String.join(",", KOREAN) + "\r\n" + ROWS;

    private final BudgetFeed feed = new BudgetFeed();

    @TempDir
    Path dir;

    @Test
    void readsACp949FileWithKoreanHeadersWithItsHangulIntact() throws Exception {
        // given
        Path file = write("budget_2024q1.csv", CSV.getBytes(CP949));

        // when
        List<Map<String, String>> rows = read(file);

        // then
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r.get("사업명"), r -> r.get("세목")).containsExactly(
                tuple("광주 인공지능사관학교 운영", "인건비"),
                tuple("광주 인공지능사관학교 운영", "장비구입비"),
                tuple("광주광역시 AI 중심도시 조성, 총괄", "운영비"));
        assertThat(feed.inspectColumns(ByteSource.of(file), "budget_2024q1.csv").names()).containsExactlyElementsOf(KOREAN);
    }

    @Test
    void readsTheSameContentInUtf8WithAndWithoutByteOrderMarkIdentically() throws Exception {
        // given
        Path cp949 = write("cp949.csv", CSV.getBytes(CP949));
        Path utf8 = write("utf8.csv", CSV.getBytes(UTF_8));
        Path bom = write("bom.csv", ("\uFEFF" + CSV).getBytes(UTF_8));

        // when
        List<Map<String, String>> fromCp949 = read(cp949);
        List<Map<String, String>> fromUtf8 = read(utf8);
        List<Map<String, String>> fromBom = read(bom);

        // then
        assertThat(fromCp949).hasSize(3).allSatisfy(r -> assertThat(r.get("사업명")).startsWith("광주"));
        assertThat(fromUtf8).isEqualTo(fromCp949);
        assertThat(fromBom).isEqualTo(fromCp949);
        assertThat(feed.inspectColumns(ByteSource.of(bom), "bom.csv").names()).containsExactlyElementsOf(KOREAN);
    }

    @Test
    void renamesEnglishAliasHeadersInAnyCaseToTheKoreanNames() throws Exception {
        // given
        String header = "Fiscal_Year,PROGRAM_CODE,program_name,funding_source, budget_line ,Allocated_KRW,"
                + "executed_krw,AS_OF";
        Path file = write("budget_en.csv", (header + "\r\n" + ROWS).getBytes(CP949));

        // when
        Header columns = feed.inspectColumns(ByteSource.of(file), "budget_en.csv");

        // then
        assertThat(columns.names()).containsExactlyElementsOf(KOREAN);
        assertThat(read(file)).isEqualTo(read(write("budget_ko.csv", CSV.getBytes(CP949))));
    }

    @Test
    void readsColumnsInAnotherOrderAndIgnoresUnknownOnes() throws Exception {
        // given
        String csv = "기준일,비고,세목,예산액,재원,사업코드,회계연도\r\n"
                + "2024-06-30,2분기 추경 반영,인건비,\"1,000원\",민간,GJ-AI-ACADEMY,2024\r\n";
        Path file = write("reordered.csv", csv.getBytes(CP949));

        // when
        BudgetRecord record = applyRules(file).get(0);

        // then
        assertThat(record).isEqualTo(new BudgetRecord(2024, "GJ-AI-ACADEMY", null, FundingSource.PRIVATE, "인건비",
                1_000L, 0L, false, LocalDate.of(2024, 6, 30)));
    }

    @Test
    void reportsAMissingRequiredColumnThroughTheInspectedHeader() throws IOException {
        // given
        String csv = "회계연도,사업코드,재원,세목,집행액,기준일\r\n2024,GJ-AI-CITY,국비,인건비,0,2024-03-31\r\n";
        Path file = write("no_allocation.csv", csv.getBytes(CP949));

        // when
        Header header = feed.inspectColumns(ByteSource.of(file), "no_allocation.csv");

        // then
        TreeSet<String> missing = new TreeSet<>(feed.requiredColumns());
        header.names().stream().map(Header::normalize).forEach(missing::remove);
        assertThat(header.indexOf("예산액")).isEqualTo(-1);
        assertThat(missing).containsExactly("예산액");
    }

    @Test
    void namesAColumnTwiceWhenGivenInBothLanguages() throws IOException {
        // given
        Path file = write("both.csv", (String.join(",", KOREAN) + ",as_of\r\n").getBytes(CP949));

        // when / then
        assertThat(feed.inspectColumns(ByteSource.of(file), "both.csv").duplicates()).containsExactly("기준일");
    }

    @Test
    void masksNothingAndShowsKnownColumnsUnderTheirKoreanNamesInRejects() throws Exception {
        // given
        String csv = "fiscal_year,program_code,memo\r\n2024,GJ-AI-CITY,담당자 010-1234-5678\r\n";
        Path file = write("rejected.csv", csv.getBytes(CP949));

        // when
        String masked;
        try (RecordSource source = feed.open(ByteSource.of(file), "rejected.csv")) {
            masked = new RecordMasker(feed).mask(source.next());
        }

        // then
        assertThat(feed.personalColumns()).isEmpty();
        assertThat(masked).isEqualTo("회계연도=2024, 사업코드=GJ-AI-CITY");
    }

    @Test
    void requiresTheContractsRequiredColumnsAndKnowsAllEight() {
        assertThat(feed.requiredColumns()).containsExactlyInAnyOrder("회계연도", "사업코드", "재원", "세목", "예산액", "기준일");
        assertThat(feed.knownColumns()).containsExactlyInAnyOrderElementsOf(KOREAN);
    }

    @Test
    void takesCsvFilesInAnyCaseAsDataFiles() {
        assertThat(feed.name()).isEqualTo("budget");
        assertThat(feed.isDataFile("budget_2024q1.csv")).isTrue();
        assertThat(feed.isDataFile("예산_2024_1분기.CSV")).isTrue();
        assertThat(feed.isDataFile("budget_2024q1.xlsx")).isFalse();
    }

    @Test
    void writesTheLakeColumnsTheWarehouseReadsInOrder() {
        assertThat(feed.lakeColumns()).extracting(LakeColumn::name, LakeColumn::type).containsExactly(
                tuple("fiscal_year", LakeType.INT),
                tuple("program_code", LakeType.STRING),
                tuple("program_name", LakeType.STRING),
                tuple("funding_source", LakeType.STRING),
                tuple("budget_line", LakeType.STRING),
                tuple("allocated_krw", LakeType.LONG),
                tuple("executed_krw", LakeType.LONG),
                tuple("executed_reported", LakeType.BOOLEAN),
                tuple("as_of", LakeType.DATE));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Every record of a file as canonical column name to value. */
    private List<Map<String, String>> read(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (RecordSource source = feed.open(ByteSource.of(file), file.getFileName().toString())) {
            for (SourceRecord r = source.next(); r != null; r = source.next()) {
                assertThat(r.malformed()).isNull();
                Map<String, String> row = new LinkedHashMap<>();
                for (String column : KOREAN) {
                    row.put(column, r.get(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private List<BudgetRecord> applyRules(Path file) throws IOException, RuleViolation {
        List<BudgetRecord> records = new ArrayList<>();
        try (RecordSource source = feed.open(ByteSource.of(file), file.getFileName().toString())) {
            for (SourceRecord r = source.next(); r != null; r = source.next()) {
                records.add(feed.rules(null).apply(r));
            }
        }
        return records;
    }
}
