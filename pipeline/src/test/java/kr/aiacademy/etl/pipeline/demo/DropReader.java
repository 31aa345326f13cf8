package kr.aiacademy.etl.pipeline.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;

/** Test helper: reads the CSV rows of enrollment drops back with Commons Compress and Commons CSV. */
final class DropReader {

    /** A raw row: its drop, its entry in the drop, and its values by lower-cased column name. */
    record Row(String drop, String entry, Map<String, String> values) {

        String get(String column) {
            return values.get(column);
        }
    }

    private DropReader() {
    }

    /** The rows of every drop in {@code dir}, in name order. */
    static List<Row> readAll(Path dir) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                rows.addAll(read(file));
            }
        }
        return rows;
    }

    /** The rows of the data files of one drop; archive entries other than {@code *.csv} data are skipped. */
    static List<Row> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<Row> rows = new ArrayList<>();
        if (name.endsWith(".tar.gz")) {
            try (TarArchiveInputStream tar = new TarArchiveInputStream(
                    new GzipCompressorInputStream(Files.newInputStream(file)))) {
                for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                    if (isData(e.getName()) && !e.isDirectory()) {
                        parse(name, e.getName(), CloseShieldInputStream.wrap(tar), rows);
                    }
                }
            }
        } else if (name.endsWith(".zip")) {
            try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
                for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntriesInPhysicalOrder())) {
                    if (isData(e.getName()) && !e.isDirectory()) {
                        try (InputStream in = zip.getInputStream(e)) {
                            parse(name, e.getName(), in, rows);
                        }
                    }
                }
            }
        } else {
            try (InputStream raw = Files.newInputStream(file)) {
                InputStream in = name.endsWith(".gz") ? new GzipCompressorInputStream(raw)
                        : name.endsWith(".bz2") ? new BZip2CompressorInputStream(raw) : raw;
                parse(name, name, in, rows);
            }
        }
        return rows;
    }

    /** Entry names of an archive drop, in stored order. */
    static List<String> entryNames(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        if (file.toString().endsWith(".zip")) {
            try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
                java.util.Collections.list(zip.getEntriesInPhysicalOrder()).forEach(e -> names.add(e.getName()));
            }
        } else {
            try (TarArchiveInputStream tar = new TarArchiveInputStream(
                    new GzipCompressorInputStream(Files.newInputStream(file)))) {
                for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                    names.add(e.getName());
                }
            }
        }
        return names;
    }

    private static boolean isData(String entry) {
        String base = entry.substring(entry.lastIndexOf('/') + 1);
        return !entry.startsWith("__MACOSX/") && !base.startsWith(".") && base.endsWith(".csv");
    }

    private static void parse(String drop, String entry, InputStream in, List<Row> rows) throws IOException {
        InputStream noBom = BOMInputStream.builder().setInputStream(in).get();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(noBom, StandardCharsets.UTF_8), format)) {
            List<String> header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i).toLowerCase(java.util.Locale.ROOT), record.get(i));
                }
                rows.add(new Row(drop, entry, values));
            }
        }
    }
}
