package kr.aiacademy.etl.pipeline.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes the eight demo enrollment drops of a {@link DemoPlan} into {@code <inbox>/enrollment/}. */
final class DemoInboxWriter {

    /** Start of a macOS {@code .DS_Store} file (the "Bud1" buddy allocator magic), zero padded. */
    private static final byte[] DS_STORE = padded(new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1', 0, 0, 0x10, 0}, 64);
    /** Start of an AppleDouble resource file ({@code ._name}): magic 0x00051607, version 2, "Mac OS X". */
    private static final byte[] APPLE_DOUBLE = padded(concat(new byte[] {0, 5, 0x16, 7, 0, 2, 0, 0},
            "Mac OS X        ".getBytes(StandardCharsets.US_ASCII)), 82);
    private static final String README = """
            SIS export - applications, AI academy cohort 1 (1기)
            exported 2020-09-14 by the student information system
            files: applications_part1.csv, applications_part2.csv (UTF-8, header row)
            """;

    private DemoInboxWriter() {
    }

    static void write(DemoPlan plan, Path inbox) throws IOException {
        Path dir = Files.createDirectories(inbox.resolve("enrollment"));
        List<EnrollmentRow> applications = plan.cohort1Applications();
        int half = applications.size() / 2;
        Archives.tarGz(dir.resolve("enrollment_20200914.tar.gz"), List.of(
                ArchivedFile.folder("export/"),
                new ArchivedFile("export/.DS_Store", DS_STORE),
                new ArchivedFile("export/README.txt", README.getBytes(StandardCharsets.UTF_8)),
                new ArchivedFile("export/applications_part1.csv", csv(applications.subList(0, half))),
                new ArchivedFile("export/applications_part2.csv",
                        csv(applications.subList(half, applications.size())))));
        Archives.zip(dir.resolve("enrollment_20201005.zip"), List.of(
                new ArchivedFile("applications.csv",
                        EnrollmentCsv.toBytes(plan.cohort1Admissions(), CsvLayout.ADMISSION_EXPORT)),
                ArchivedFile.folder("__MACOSX/"),
                new ArchivedFile("__MACOSX/._applications.csv", APPLE_DOUBLE)));
        Path finalState = dir.resolve("enrollment_20210514.csv.gz");
        Archives.gzip(finalState, csv(plan.cohort1Final()));
        Files.copy(finalState, dir.resolve("enrollment_20210514_2.csv.gz"), StandardCopyOption.REPLACE_EXISTING);
        Files.write(dir.resolve("enrollment_20210520.csv"), csv(plan.lateReExport()));
        Archives.tarGz(dir.resolve("enrollment_20210611.tar.gz"), List.of(
                ArchivedFile.folder("sis/"),
                ArchivedFile.folder("sis/2021/"),
                new ArchivedFile("sis/2021/applications_cohort2.csv", csv(plan.cohort2Applications()))));
        Archives.zip(dir.resolve("enrollment_20210705.zip"), List.of(
                new ArchivedFile("admitted_cohort2.csv", csv(plan.cohort2Admissions()))));
        Archives.bzip2(dir.resolve("enrollment_20210901.csv.bz2"), csv(plan.cohort2Dropouts()));
    }

    private static byte[] csv(List<EnrollmentRow> rows) throws IOException {
        return EnrollmentCsv.toBytes(rows, CsvLayout.DEFAULT);
    }

    private static byte[] padded(byte[] start, int length) {
        byte[] bytes = new byte[length];
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
