package kr.aiacademy.etl.pipeline.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test helper: reads the JSON and CSV drops of the employment, awards and budget feeds back, independently of
 * the generator, and applies the contracts' value forms (amounts, UTF-8 validity).
 */
final class FeedReader {

    static final Charset CP949 = Charset.forName("x-windows-949");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A parsed record with the drop it came from. */
    record Json(String drop, JsonNode node) {

        String text(String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : v.asString();
        }
    }

    private FeedReader() {
    }

    /** The records of a {@code .jsonl}, {@code .jsonl.gz} or {@code .json} (array) drop, in file order. */
    static List<Json> json(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = name.endsWith(".gz") ? new GzipCompressorInputStream(raw) : raw) {
            bytes = in.readAllBytes();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Json> records = new ArrayList<>();
        if (name.endsWith(".json")) {
            MAPPER.readTree(text).forEach(n -> records.add(new Json(name, n)));
        } else {
            try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank()) {
                        records.add(new Json(name, MAPPER.readTree(line)));
                    }
                }
            }
        }
        return records;
    }

    /** The rows of a budget CSV in {@code charset}, values by header name. */
    static List<Map<String, String>> csv(Path file, Charset charset) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(Files.newInputStream(file), charset), format)) {
            for (CSVRecord r : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                parser.getHeaderNames().forEach(h -> row.put(h, r.get(h)));
                rows.add(row);
            }
        }
        return rows;
    }

    /** An amount in won: a JSON number, or text with optional sign, thousands separators and 원. */
    static long won(JsonNode value) {
        return value.isNumber() ? value.asLong() : won(value.asString());
    }

    static long won(String text) {
        String v = text.trim();
        if (v.endsWith("원")) {
            v = v.substring(0, v.length() - 1);
        }
        if (!v.matches("-?(\\d{1,3}(,\\d{3})+|\\d+)")) {
            throw new IllegalArgumentException("not an amount: " + text);
        }
        return Long.parseLong(v.replace(",", ""));
    }

    static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
