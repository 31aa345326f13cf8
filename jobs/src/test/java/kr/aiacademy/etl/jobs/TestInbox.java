package kr.aiacademy.etl.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Writes enrollment drops into a test inbox: CSV text built from rows, plain, gzip or zip. */
public final class TestInbox {

    public static final String HEADER = "applicant_id,cohort,course_start,course_end,planned_hours,name,rrn,email,"
            + "phone,home_region,status,applied_on,status_on,hours_attended,dormitory,updated_at";

    private final Path folder;
    private final List<String> personal = new ArrayList<>();

    public TestInbox(Path inbox) throws IOException {
        this.folder = Files.createDirectories(inbox.resolve("enrollment"));
    }

    /** A valid row; the person's data is derived from {@code n} and remembered as personal data. */
    public String row(String id, int n, String status, String region, String updatedAt) {
        String name = "홍길" + (char) ('가' + n % 100);
        String rrn = String.format("9%05d-%d%06d", 10101 + n % 28, 1 + n % 2, 100000 + n);
        String email = "person" + n + "@example.org";
        String phone = String.format("010-%04d-%04d", 1000 + n, 2000 + n);
        personal.add(name);
        personal.add(rrn);
        personal.add(rrn.replace("-", ""));
        personal.add(email);
        personal.add(phone);
        String hours = status.equals("APPLIED") ? "" : "100";
        return String.join(",", id, "1", "2020-10-05", "2021-05-14", "960", name, rrn, email, phone, region, status,
                "2020-09-01", "2020-10-05", hours, "N", updatedAt);
    }

    public List<String> personalValues() {
        return personal;
    }

    public Path csv(String dropName, String... rows) throws IOException {
        return Files.write(folder.resolve(dropName), text(rows));
    }

    public Path gzip(String dropName, String... rows) throws IOException {
        Path file = folder.resolve(dropName);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text(rows));
        }
        return file;
    }

    /** A zip with entries (name, content) as given. */
    public Path zip(String dropName, String... entriesAndContents) throws IOException {
        Path file = folder.resolve(dropName);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (int i = 0; i < entriesAndContents.length; i += 2) {
                zip.putArchiveEntry(new ZipArchiveEntry(entriesAndContents[i]));
                zip.write(entriesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    public Path bytes(String dropName, byte[] content) throws IOException {
        return Files.write(folder.resolve(dropName), content);
    }

    public static String csvText(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    private static byte[] text(String... rows) {
        return csvText(rows).getBytes(StandardCharsets.UTF_8);
    }
}
