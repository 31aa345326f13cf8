package kr.aiacademy.etl.pipeline.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo drops of the {@code budget} feed for programs {@code GJ-AI-ACADEMY} (인공지능 사관학교) and
 * {@code GJ-AI-CITY} (인공지능 중심 산업융합 집적단지 조성):
 * <ol>
 * <li>{@code budget_20200331.csv} (CP949, CRLF): fiscal 2020 as of 2020-03-31, plain digits, little executed,
 * some 집행액 empty; the ACADEMY 시비 운영비 line still at 450,000,000;</li>
 * <li>{@code budget_20201231.csv} (CP949, CRLF): the same 16 keys as of 2020-12-31 with {@code "1,500,000"}
 * separators; 시비 운영비 at 500,000,000; CITY 민간 장비구입비 executed 2,150,000,000 of 2,000,000,000;</li>
 * <li>{@code budget_20210331.csv} (UTF-8 without BOM, LF): fiscal 2021 as of {@code 2021.03.31}, amounts
 * written {@code "1,100,000,000원"}, {@code 1100000000원} or {@code "1,100,000,000"} in turn; plus the bad
 * rows 재원 {@code 기타} and 예산액 {@code -50,000,000원}.</li>
 * </ol>
 * Year-end allocations: ACADEMY 2020 3.5e9 (국비 1.5e9, 시비 2.0e9), 2021 4.2e9 (1.8e9, 2.4e9); CITY 2020
 * 69.7e9, 2021 80.05e9.
 */
final class BudgetDemo {

    static final List<String> DROP_NAMES = List.of("budget_20200331.csv", "budget_20201231.csv",
            "budget_20210331.csv");
    static final String ACADEMY = "GJ-AI-ACADEMY";
    static final String CITY = "GJ-AI-CITY";
    static final int BAD_ROWS = 2;
    private static final String ACADEMY_NAME = "인공지능 사관학교";
    private static final String CITY_NAME = "인공지능 중심 산업융합 집적단지 조성";
    private static final String CRLF = "\r\n";

    /** A budget line: allocation at the spring and year-end snapshots, executed then ({@code -1}: empty). */
    record Line(String program, String source, String item, long springAllocated, long allocated,
            long springExecuted, long executed) {

        String programName() {
            return program.equals(ACADEMY) ? ACADEMY_NAME : CITY_NAME;
        }
    }

    static final List<Line> FISCAL_2020 = List.of(
            line(ACADEMY, "국비", "교육훈련비", 900_000_000L, 120_000_000L, 870_500_000L),
            line(ACADEMY, "국비", "운영비", 400_000_000L, -1, 384_200_000L),
            line(ACADEMY, "국비", "인건비", 200_000_000L, 45_000_000L, 198_700_000L),
            line(ACADEMY, "시비", "교육훈련비", 1_100_000_000L, 150_300_000L, 1_062_000_000L),
            new Line(ACADEMY, "시비", "운영비", 450_000_000L, 500_000_000L, -1, 471_900_000L),
            line(ACADEMY, "시비", "인건비", 250_000_000L, 58_000_000L, 247_300_000L),
            line(ACADEMY, "시비", "시설비", 150_000_000L, -1, 149_800_000L),
            line(CITY, "국비", "연구개발비", 25_000_000_000L, 2_100_000_000L, 23_400_000_000L),
            line(CITY, "국비", "시설비", 12_000_000_000L, -1, 10_850_000_000L),
            line(CITY, "국비", "장비구입비", 3_000_000_000L, 310_000_000L, 2_940_000_000L),
            line(CITY, "시비", "시설비", 14_000_000_000L, 900_000_000L, 12_700_000_000L),
            line(CITY, "시비", "운영비", 6_000_000_000L, 1_250_000_000L, 5_880_000_000L),
            line(CITY, "도비", "연구개발비", 1_700_000_000L, -1, 1_520_000_000L),
            line(CITY, "도비", "운영비", 1_000_000_000L, 180_000_000L, 960_000_000L),
            line(CITY, "민간", "연구개발비", 5_000_000_000L, 400_000_000L, 4_610_000_000L),
            line(CITY, "민간", "장비구입비", 2_000_000_000L, -1, 2_150_000_000L));

    /** Fiscal 2021 as of 2021-03-31 (only {@code allocated} and {@code executed} are used). */
    static final List<Line> FISCAL_2021 = List.of(
            line(ACADEMY, "국비", "교육훈련비", 1_100_000_000L, 0, 160_000_000L),
            line(ACADEMY, "국비", "운영비", 450_000_000L, 0, -1),
            line(ACADEMY, "국비", "인건비", 250_000_000L, 0, 60_000_000L),
            line(ACADEMY, "시비", "교육훈련비", 1_300_000_000L, 0, 190_000_000L),
            line(ACADEMY, "시비", "운영비", 600_000_000L, 0, 72_000_000L),
            line(ACADEMY, "시비", "인건비", 300_000_000L, 0, 70_500_000L),
            line(ACADEMY, "시비", "시설비", 200_000_000L, 0, -1),
            line(CITY, "국비", "연구개발비", 29_000_000_000L, 0, 2_600_000_000L),
            line(CITY, "국비", "시설비", 13_500_000_000L, 0, 1_100_000_000L),
            line(CITY, "국비", "장비구입비", 4_000_000_000L, 0, -1),
            line(CITY, "시비", "시설비", 16_000_000_000L, 0, 1_450_000_000L),
            line(CITY, "시비", "운영비", 7_000_000_000L, 0, 1_600_000_000L),
            line(CITY, "도비", "연구개발비", 1_900_000_000L, 0, -1),
            line(CITY, "도비", "운영비", 1_150_000_000L, 0, 210_000_000L),
            line(CITY, "민간", "연구개발비", 5_300_000_000L, 0, 480_000_000L),
            line(CITY, "민간", "장비구입비", 2_200_000_000L, 0, -1));

    private BudgetDemo() {
    }

    /** Writes the three drops into {@code <inbox>/budget/}. */
    static void write(Path inbox) throws IOException {
        Path dir = Files.createDirectories(inbox.resolve("budget"));
        try (BudgetCsv csv = new BudgetCsv(dir.resolve(DROP_NAMES.get(0)), BudgetCsv.CP949, CRLF)) {
            for (Line l : FISCAL_2020) {
                csv.row(2020, l.program(), l.programName(), l.source(), l.item(), Long.toString(l.springAllocated()),
                        l.springExecuted() < 0 ? "" : Long.toString(l.springExecuted()), "2020-03-31");
            }
        }
        try (BudgetCsv csv = new BudgetCsv(dir.resolve(DROP_NAMES.get(1)), BudgetCsv.CP949, CRLF)) {
            for (Line l : FISCAL_2020) {
                csv.row(2020, l.program(), l.programName(), l.source(), l.item(), JsonLines.grouped(l.allocated()),
                        JsonLines.grouped(l.executed()), "2020-12-31");
            }
        }
        try (BudgetCsv csv = new BudgetCsv(dir.resolve(DROP_NAMES.get(2)), StandardCharsets.UTF_8, "\n")) {
            for (int i = 0; i < FISCAL_2021.size(); i++) {
                Line l = FISCAL_2021.get(i);
                csv.row(2021, l.program(), l.programName(), l.source(), l.item(), amount(l.allocated(), i),
                        l.executed() < 0 ? "" : amount(l.executed(), i + 1), "2021.03.31");
                if (i == 6) {
                    csv.row(2021, ACADEMY, ACADEMY_NAME, "국비", "홍보비", "-50,000,000원", "", "2021.03.31");
                }
            }
            csv.row(2021, CITY, CITY_NAME, "기타", "운영비", "300,000,000원", "", "2021.03.31");
        }
    }

    /** In turn {@code "1,100,000,000원"}, {@code 1100000000원}, {@code "1,100,000,000"}. */
    private static String amount(long won, int turn) {
        return switch (turn % 3) {
            case 0 -> JsonLines.wonText(won);
            case 1 -> won + "원";
            default -> JsonLines.grouped(won);
        };
    }

    private static Line line(String program, String source, String item, long allocated, long springExecuted,
            long executed) {
        return new Line(program, source, item, allocated, allocated, springExecuted, executed);
    }
}
