package kr.aiacademy.etl.pipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The budget drops read back (CP949 and UTF-8), with the contract's latest-snapshot rule applied here. */
class BudgetDemoTest {

    private static final Set<String> SOURCES = Set.of("국비", "시비", "도비", "민간");

    @TempDir
    static Path inbox;
    static Path budget;
    static List<Map<String, String>> rows = new ArrayList<>();

    @BeforeAll
    static void writeDemoInbox() throws IOException {
        DemoInboxGenerator.writeDemoInbox(inbox);
        budget = inbox.resolve("budget");
        List<String> drops = DemoInboxGenerator.BUDGET_DROP_NAMES;
        for (int i = 0; i < drops.size(); i++) {
            Charset charset = i < 2 ? FeedReader.CP949 : StandardCharsets.UTF_8;
            for (Map<String, String> row : FeedReader.csv(budget.resolve(drops.get(i)), charset)) {
                row.put("drop", drops.get(i));
                rows.add(row);
            }
        }
    }

    @Test
    void latestSnapshotPerLineGivesTheReportedAllocations() {
        Map<List<String>, Map<String, String>> current = current();
        assertThat(allocated(current, "GJ-AI-ACADEMY", "2020", null))
                .isEqualTo(DemoInboxGenerator.ACADEMY_BUDGET_2020_KRW).isEqualTo(3_500_000_000L);
        assertThat(allocated(current, "GJ-AI-ACADEMY", "2020", "국비")).isEqualTo(1_500_000_000L);
        assertThat(allocated(current, "GJ-AI-ACADEMY", "2020", "시비")).isEqualTo(2_000_000_000L);
        assertThat(allocated(current, "GJ-AI-ACADEMY", "2021", null))
                .isEqualTo(DemoInboxGenerator.ACADEMY_BUDGET_2021_KRW);
        assertThat(allocated(current, "GJ-AI-ACADEMY", "2021", "국비")).isEqualTo(1_800_000_000L);
        assertThat(allocated(current, "GJ-AI-ACADEMY", "2021", "시비")).isEqualTo(2_400_000_000L);
        long city2020 = allocated(current, "GJ-AI-CITY", "2020", null);
        long city2021 = allocated(current, "GJ-AI-CITY", "2021", null);
        assertThat(city2020).isEqualTo(DemoInboxGenerator.CITY_BUDGET_2020_KRW).isEqualTo(69_700_000_000L);
        assertThat(city2021).isEqualTo(DemoInboxGenerator.CITY_BUDGET_2021_KRW).isEqualTo(80_050_000_000L);
        assertThat((double) city2021 / city2020 - 1).isCloseTo(0.1485, within(0.00005));
        assertThat(Math.round(3_500_000_000.0 / 155)).isEqualTo(DemoInboxGenerator.COHORT1_COST_PER_COMPLETER_KRW)
                .isEqualTo(22_580_645L);
    }

    @Test
    void linesSpreadOverSourcesAndItems() {
        Map<List<String>, Map<String, String>> current = current();
        Map<String, Set<String>> sources = current.keySet().stream().collect(Collectors.groupingBy(
                k -> k.get(1) + "/" + k.get(0), TreeMap::new, Collectors.mapping(k -> k.get(2), Collectors.toSet())));
        assertThat(sources).containsOnly(Map.entry("GJ-AI-ACADEMY/2020", Set.of("국비", "시비")),
                Map.entry("GJ-AI-ACADEMY/2021", Set.of("국비", "시비")), Map.entry("GJ-AI-CITY/2020", SOURCES),
                Map.entry("GJ-AI-CITY/2021", SOURCES));
        Map<List<String>, Long> linesPerSource = current.keySet().stream()
                .collect(Collectors.groupingBy(k -> k.subList(0, 3), Collectors.counting()));
        assertThat(linesPerSource.values()).allMatch(n -> n >= 2);
    }

    @Test
    void snapshotsDifferInOneAllocationAndOneLineIsOverExecuted() {
        Map<List<String>, Map<String, String>> spring = new HashMap<>();
        valid().stream().filter(r -> r.get("drop").equals("budget_20200331.csv")).forEach(r -> spring.put(key(r), r));
        List<Map<String, String>> yearEnd = valid().stream().filter(r -> r.get("drop").equals("budget_20201231.csv"))
                .toList();
        assertThat(yearEnd).hasSize(16).allMatch(r -> spring.containsKey(key(r)));
        assertThat(spring).hasSize(16);
        List<Map<String, String>> changed = yearEnd.stream()
                .filter(r -> amount(r, "예산액") != amount(spring.get(key(r)), "예산액")).toList();
        assertThat(changed).singleElement().satisfies(r -> {
            assertThat(key(r)).containsExactly("2020", "GJ-AI-ACADEMY", "시비", "운영비");
            assertThat(amount(spring.get(key(r)), "예산액")).isEqualTo(450_000_000L);
            assertThat(amount(r, "예산액")).isEqualTo(500_000_000L);
        });
        assertThat(spring.values()).anyMatch(r -> r.get("집행액").isEmpty());
        assertThat(yearEnd).allMatch(r -> amount(r, "집행액") > amount(spring.get(key(r)), "집행액"));
        assertThat(yearEnd).filteredOn(r -> amount(r, "집행액") > amount(r, "예산액")).singleElement()
                .satisfies(r -> assertThat(key(r)).containsExactly("2020", "GJ-AI-CITY", "민간", "장비구입비"));
    }

    @Test
    void exactlyTwoBadRows() {
        List<Map<String, String>> bad = rows.stream().filter(r -> broken(r) != null).toList();
        assertThat(bad).extracting(BudgetDemoTest::broken).containsExactly("negative_amount",
                "unknown_funding_source");
        assertThat(bad).hasSize(DemoInboxGenerator.BAD_BUDGET_ROWS)
                .allMatch(r -> r.get("drop").equals("budget_20210331.csv"));
        assertThat(rows).hasSize(16 + 16 + 16 + 2);
    }

    @Test
    void twoFilesAreCp949AndTheLastIsUtf8WithoutBom() throws IOException {
        List<String> drops = DemoInboxGenerator.BUDGET_DROP_NAMES;
        for (String cp949 : drops.subList(0, 2)) {
            byte[] bytes = Files.readAllBytes(budget.resolve(cp949));
            assertThat(FeedReader.validUtf8(bytes)).as(cp949).isFalse();
            assertThat(new String(bytes, FeedReader.CP949)).startsWith("회계연도,사업코드,사업명,재원,세목,예산액,집행액,기준일\r\n")
                    .contains("국비").contains("인공지능 사관학교");
        }
        byte[] utf8 = Files.readAllBytes(budget.resolve(drops.get(2)));
        assertThat(FeedReader.validUtf8(utf8)).isTrue();
        String text = new String(utf8, StandardCharsets.UTF_8);
        assertThat(text).startsWith("회계연도,").doesNotContain("\r").contains("원").contains("\"1,100,000,000원\"")
                .contains("1150000000원").contains("2021.03.31");
        assertThat(text.codePoints().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count()).isGreaterThan(100);
    }

    private static Map<List<String>, Map<String, String>> current() {
        Map<List<String>, Map<String, String>> current = new HashMap<>();
        for (Map<String, String> r : valid()) {
            current.merge(key(r), r, (a, b) -> asOf(b).isAfter(asOf(a)) ? b : a);
        }
        return current;
    }

    /** Sum of 예산액 of a program and year, over one 재원 or all ({@code null}). */
    private static long allocated(Map<List<String>, Map<String, String>> current, String program, String year,
            String source) {
        return current.entrySet().stream().filter(e -> e.getKey().get(0).equals(year))
                .filter(e -> e.getKey().get(1).equals(program))
                .filter(e -> source == null || e.getKey().get(2).equals(source))
                .mapToLong(e -> amount(e.getValue(), "예산액")).sum();
    }

    private static List<String> key(Map<String, String> r) {
        return List.of(r.get("회계연도"), r.get("사업코드"), r.get("재원"), r.get("세목"));
    }

    private static long amount(Map<String, String> r, String column) {
        return r.get(column).isEmpty() ? 0 : FeedReader.won(r.get(column));
    }

    private static LocalDate asOf(Map<String, String> r) {
        return Expectations.date(r.get("기준일"));
    }

    private static List<Map<String, String>> valid() {
        return rows.stream().filter(r -> broken(r) == null).toList();
    }

    private static String broken(Map<String, String> r) {
        if (!r.get("회계연도").matches("\\d{4}")) {
            return "invalid_fiscal_year";
        }
        if (amount(r, "예산액") < 0 || amount(r, "집행액") < 0) {
            return "negative_amount";
        }
        if (!SOURCES.contains(r.get("재원"))) {
            return "unknown_funding_source";
        }
        asOf(r);
        return null;
    }
}
