package kr.aiacademy.etl.pipeline.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.zip.Deflater;

/**
 * Streams benchmark drops to disk row by row (nothing is collected, so any size fits in a small heap):
 * {@code enrollment_20240101.csv.gz}, {@code enrollment_20240102.csv.gz}, … in the default CSV layout.
 * Application {@code g} (from 0) belongs to cohort {@code 101 + g / 2000} and has id
 * {@code S<cohort>-<nnnn>}; cohort {@code c} starts {@code c − 101} days after 2010-01-04 with 960 (odd) or
 * 1,120 (even) planned hours. About one row in a thousand has an unknown home region. Alongside, the
 * {@link ScaleFeeds} write employment records (one per 4 applications), awards (one per 50) and a budget file.
 */
final class ScaleInboxWriter {

    static final int COHORT_SIZE = 2000;
    static final int FIRST_COHORT = 101;
    private static final LocalDate FIRST_DROP = LocalDate.of(2024, 1, 1);
    private static final LocalDate FIRST_COURSE = LocalDate.of(2010, 1, 4);
    private static final long SEED = 20_240_101L;
    private static final int WRITE_BUFFER = 1 << 16;

    private final Random random = new Random(SEED);
    private final PersonFactory persons = PersonFactory.streaming(random);
    private Cohort cohort;

    private ScaleInboxWriter() {
    }

    static void write(Path inbox, long applications, int drops) throws IOException {
        if (applications < 0 || drops < 1) {
            throw new IllegalArgumentException("need applications >= 0 and drops >= 1, got " + applications
                    + " and " + drops);
        }
        Path dir = Files.createDirectories(inbox.resolve("enrollment"));
        ScaleInboxWriter writer = new ScaleInboxWriter();
        try (ScaleFeeds feeds = new ScaleFeeds(inbox)) {
            for (int d = 0; d < drops; d++) {
                long from = applications * d / drops;
                long to = applications * (d + 1) / drops;
                feeds.startDrop(FIRST_DROP.plusDays(d).format(DateTimeFormatter.BASIC_ISO_DATE));
                writer.writeDrop(dir.resolve(dropName(d)), from, to, feeds);
            }
        }
        int lastCohort = FIRST_COHORT + (int) (Math.max(0, applications - 1) / COHORT_SIZE);
        ScaleFeeds.writeBudget(inbox, writer.cohort(lastCohort).start().getYear());
    }

    static String dropName(int index) {
        return "enrollment_" + FIRST_DROP.plusDays(index).format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv.gz";
    }

    private void writeDrop(Path file, long from, long to, ScaleFeeds feeds) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Archives.gzip(file, Deflater.BEST_SPEED),
                StandardCharsets.UTF_8), WRITE_BUFFER);
        try (EnrollmentCsv csv = new EnrollmentCsv(out, CsvLayout.DEFAULT)) {
            for (long g = from; g < to; g++) {
                EnrollmentRow row = row(g);
                csv.write(row);
                feeds.application(g, row);
            }
        }
    }

    private EnrollmentRow row(long g) {
        int number = FIRST_COHORT + (int) (g / COHORT_SIZE);
        Cohort c = cohort(number);
        String id = "S" + number + "-" + PersonFactory.pad(g % COHORT_SIZE + 1, 4);
        Place home = Places.pick(random);
        Person person = persons.next(home, g);
        String region = random.nextInt(1000) == 0
                ? Places.UNKNOWN.get(random.nextInt(Places.UNKNOWN.size()))
                : home.spell(random);
        Status status = status();
        LocalDateTime appliedAt = c.start().minusDays(21 + random.nextInt(40)).atTime(7 + random.nextInt(17),
                random.nextInt(60), random.nextInt(60));
        int courseDays = (int) (c.end().toEpochDay() - c.start().toEpochDay());
        LocalDate statusOn;
        LocalDate updatedOn = null;
        Integer hours;
        switch (status) {
            case ADMITTED -> {
                statusOn = c.start().minusDays(7);
                hours = null;
            }
            case ENROLLED -> {
                statusOn = c.start();
                updatedOn = c.start().plusDays(random.nextInt(courseDays / 2));
                hours = c.hoursBy(updatedOn, 0.9);
            }
            case COMPLETED -> {
                statusOn = c.end();
                hours = c.plannedHours() - random.nextInt(61);
            }
            case DROPPED -> {
                statusOn = c.start().plusDays(1 + random.nextInt(courseDays));
                hours = c.hoursBy(statusOn, 0.8);
            }
            default -> {
                statusOn = appliedAt.toLocalDate();
                hours = null;
            }
        }
        String dormitory = status == Status.APPLIED ? null : random.nextInt(3) == 0 ? "Y" : "N";
        LocalDateTime updatedAt = status == Status.APPLIED ? appliedAt
                : (updatedOn != null ? updatedOn : statusOn).atTime(9 + random.nextInt(10), random.nextInt(60),
                        random.nextInt(60));
        return new EnrollmentRow(id, c, person, region, status.written(random), appliedAt.toLocalDate(), statusOn,
                hours, dormitory, updatedAt, null);
    }

    /** APPLIED 78 %, ADMITTED 2 %, ENROLLED 8 %, COMPLETED 9 %, DROPPED 3 %. */
    private Status status() {
        int r = random.nextInt(100);
        if (r < 78) {
            return Status.APPLIED;
        }
        if (r < 80) {
            return Status.ADMITTED;
        }
        if (r < 88) {
            return Status.ENROLLED;
        }
        return r < 97 ? Status.COMPLETED : Status.DROPPED;
    }

    private Cohort cohort(int number) {
        if (cohort == null || cohort.number() != number) {
            LocalDate start = FIRST_COURSE.plusDays(number - FIRST_COHORT);
            int hours = number % 2 == 1 ? 960 : 1120;
            cohort = new Cohort(number, start, start.plusDays(hours == 960 ? 221 : 235), hours);
        }
        return cohort;
    }
}
