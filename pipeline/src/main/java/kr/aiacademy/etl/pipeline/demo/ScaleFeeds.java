package kr.aiacademy.etl.pipeline.demo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;

/**
 * The other feeds of a benchmark inbox, written alongside the enrollment rows as they stream past (own seed,
 * so the enrollment bytes do not change). Application {@code g} owes one employment record when
 * {@code g % 4 == 3} and one award when {@code g % 50 == 49}; owed records are written for the last 16
 * COMPLETED applications (round robin, so a completer collects a survey history 30, 60, 90 … days after the
 * course end), as soon as there is one. Per enrollment drop {@code enrollment_<date>.csv.gz} they go to
 * {@code employment/employment_<date>.jsonl.gz} and {@code awards/awards_<date>.jsonl} (created only when
 * something is written to them). Nothing but the ring of 16 completers is kept in memory.
 */
final class ScaleFeeds implements Closeable {

    static final int APPLICATIONS_PER_EMPLOYMENT = 4;
    static final int APPLICATIONS_PER_AWARD = 50;
    private static final long SEED = 20_240_102L;
    private static final int RING = 16;
    private static final int WRITE_BUFFER = 1 << 16;
    private static final String[] EVENTS = {"광주 AI 챌린지", "핀테크 인공지능 해커톤", "인공지능 문제해결 경진대회",
        "모빌리티 AI 경진대회"};
    private static final String[] RANKS = {"우승", "대상", "WINNER", "준우승", "최우수상", "우수상", "장려상", "특별상"};
    private static final long[] PRIZES = {3_000_000L, 3_000_000L, 3_000_000L, 2_000_000L, 2_000_000L, 1_000_000L,
        500_000L, 0L};

    private final Path employmentDir;
    private final Path awardsDir;
    private final Random random = new Random(SEED);
    private final EmploymentRecords records = new EmploymentRecords(random);
    private final String[] ids = new String[RING];
    private final Cohort[] cohorts = new Cohort[RING];
    private final int[] surveys = new int[RING];
    private int size;
    private int newest = -1;
    private long cursor;
    private long owedEmployment;
    private long owedAwards;
    private long awardsWritten;
    private String date;
    private Writer employment;
    private Writer awards;

    ScaleFeeds(Path inbox) throws IOException {
        employmentDir = Files.createDirectories(inbox.resolve("employment"));
        awardsDir = Files.createDirectories(inbox.resolve("awards"));
    }

    /** Starts the drop of day {@code yyyyMMdd}. */
    void startDrop(String yyyyMMdd) throws IOException {
        endDrop();
        date = yyyyMMdd;
    }

    /** Notes application {@code g}, written as {@code row}, and writes what is owed. */
    void application(long g, EnrollmentRow row) throws IOException {
        if (g % APPLICATIONS_PER_EMPLOYMENT == APPLICATIONS_PER_EMPLOYMENT - 1) {
            owedEmployment++;
        }
        if (g % APPLICATIONS_PER_AWARD == APPLICATIONS_PER_AWARD - 1) {
            owedAwards++;
        }
        if (Status.parse(row.status()) == Status.COMPLETED) {
            newest = (newest + 1) % RING;
            ids[newest] = row.applicantId();
            cohorts[newest] = row.cohort();
            surveys[newest] = 0;
            size = Math.min(size + 1, RING);
        }
        if (size > 0) {
            while (owedEmployment > 0) {
                writeEmployment();
                owedEmployment--;
            }
            while (owedAwards > 0) {
                writeAward();
                owedAwards--;
            }
        }
    }

    /** Closes the files of the current drop. */
    void endDrop() throws IOException {
        if (employment != null) {
            employment.close();
            employment = null;
        }
        if (awards != null) {
            awards.close();
            awards = null;
        }
    }

    @Override
    public void close() throws IOException {
        endDrop();
    }

    private void writeEmployment() throws IOException {
        int slot = (int) (cursor++ % size);
        LocalDate end = cohorts[slot].end();
        int days = 30 * ++surveys[slot];
        Survey survey = new Survey(end.plusDays(days), end.plusDays(3), days - 3,
                end.getYear() + " AI 인재 채용박람회");
        String id = ids[slot];
        int r = random.nextInt(100);
        var node = r < 70 ? records.employed(id, Employers.ALL.get(Employers.pick(random)), survey)
                : r < 74 ? records.startup(id, survey)
                : r < 79 ? records.gradSchool(id, survey) : records.seeking(id, survey);
        if (employment == null) {
            employment = new BufferedWriter(new OutputStreamWriter(Archives.gzip(employmentDir.resolve(
                    "employment_" + date + ".jsonl.gz"), Deflater.BEST_SPEED), StandardCharsets.UTF_8), WRITE_BUFFER);
        }
        employment.write(JsonLines.line(node));
        employment.write('\n');
    }

    private void writeAward() throws IOException {
        Cohort cohort = cohorts[newest];
        List<String> members = new ArrayList<>();
        for (int back = 0; back < size && members.size() < 3; back++) {
            int slot = Math.floorMod(newest - back, RING);
            if (cohorts[slot].number() == cohort.number()) {
                members.add(0, ids[slot]);
            }
        }
        int rank = random.nextInt(RANKS.length);
        String id = "AW-S-" + PersonFactory.pad(++awardsWritten, 7);
        AwardsDemo.Award award = new AwardsDemo.Award(id, EVENTS[(int) (awardsWritten % EVENTS.length)],
                "광주광역시", cohort.end().plusDays(20), Places.ALL.get(random.nextInt(4)).spell(random),
                "팀" + awardsWritten, RANKS[rank], PRIZES[rank]);
        if (awards == null) {
            awards = Files.newBufferedWriter(awardsDir.resolve("awards_" + date + ".jsonl"), StandardCharsets.UTF_8);
        }
        awards.write(JsonLines.line(AwardsDemo.node(award, cohort.number(), members)));
        awards.write('\n');
    }

    /**
     * {@code budget/budget_20240101.csv} (CP949, CRLF) for program {@code SCALE-AI-ACADEMY}: 국비 and 시비,
     * 교육훈련비 and 운영비, for each fiscal year from 2010 to the year the last cohort starts.
     */
    static void writeBudget(Path inbox, int lastYear) throws IOException {
        Path dir = Files.createDirectories(inbox.resolve("budget"));
        try (BudgetCsv csv = new BudgetCsv(dir.resolve("budget_20240101.csv"), BudgetCsv.CP949, "\r\n")) {
            for (int year = 2010; year <= Math.max(2010, lastYear); year++) {
                long base = 1_000_000_000L + 50_000_000L * (year - 2010);
                String[][] lines = {{"국비", "교육훈련비"}, {"국비", "운영비"}, {"시비", "교육훈련비"}, {"시비", "운영비"}};
                for (int i = 0; i < lines.length; i++) {
                    long allocated = base / (i % 2 == 0 ? 1 : 4);
                    csv.row(year, "SCALE-AI-ACADEMY", "인공지능 사관학교 (벤치마크)", lines[i][0], lines[i][1],
                            JsonLines.grouped(allocated), JsonLines.grouped(allocated / 10 * 9), year + "-12-31");
                }
            }
        }
    }
}
