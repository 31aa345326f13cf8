package kr.aiacademy.etl.pipeline.feed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonRecordSourceTest {

    private static final List<String> FIELDS = List.of("applicant_id", "employer.brn", "employer.name",
            "team.members", "n", "flag");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void flattensNestedObjectsToLowerCaseDottedPaths() throws IOException {
        // given
        Path file = write("a.jsonl", "{\"Applicant_ID\":\"A1-0001\",\"EMPLOYER\":{\"Brn\":\"123-45-67890\","
                + "\"name\":\"(주)빛고을AI\"}}\n");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).hasSize(1);
        SourceRecord r = records.get(0);
        assertThat(r.malformed()).isNull();
        assertThat(r.header().names()).isEqualTo(FIELDS);
        assertThat(r.values()).hasSize(FIELDS.size());
        assertThat(r.get("applicant_id")).isEqualTo("A1-0001");
        assertThat(r.get("employer.brn")).isEqualTo("123-45-67890");
        assertThat(r.get("employer.name")).isEqualTo("(주)빛고을AI");
    }

    @Test
    void acceptsDottedKeysAsWellAsNestedObjects() throws IOException {
        // given
        Path file = write("a.jsonl", "{\"employer.brn\":\"1234567890\"}\n");

        // when / then
        assertThat(readAll(file).get(0).get("employer.brn")).isEqualTo("1234567890");
    }

    @Test
    void givesArraysAsCompactJsonText() throws IOException {
        // given
        Path file = write("a.jsonl", "{\"team\": {\"members\": [ \"A1-0001\" , \"A1-0002\", \"김\" ] }}\n");

        // when / then
        assertThat(readAll(file).get(0).get("team.members")).isEqualTo("[\"A1-0001\",\"A1-0002\",\"김\"]");
    }

    @Test
    void givesNumbersAsTheirJsonTextAndBooleansAsTrueOrFalse() throws IOException {
        // given
        Path file = write("a.jsonl", "{\"n\": 1.50, \"flag\": true}\n{\"n\": 1000000, \"flag\": false}\n"
                + "{\"n\": -2.5e3}\n");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(r -> r.get("n")).containsExactly("1.50", "1000000", "-2.5e3");
        assertThat(records).extracting(r -> r.get("flag")).containsExactly("true", "false", null);
    }

    @Test
    void givesJsonNullAndAbsentFieldsAsNull() throws IOException {
        // given
        Path file = write("a.jsonl", "{\"applicant_id\": null, \"employer\": null, \"other\": 1}\n");

        // when
        SourceRecord r = readAll(file).get(0);

        // then
        assertThat(r.malformed()).isNull();
        assertThat(r.values()).containsOnlyNulls();
    }

    @Test
    void skipsBlankLinesButCountsThemInTheRecordNumbers() throws IOException {
        // given
        Path file = write("a.jsonl", "\n  \r\n{\"n\":1}\r\n\t\n{\"n\":2}\n\n");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(SourceRecord::recordNo).containsExactly(3L, 5L);
        assertThat(records).extracting(r -> r.get("n")).containsExactly("1", "2");
        assertThat(records).extracting(SourceRecord::sourceFile).containsOnly("a.jsonl");
    }

    @Test
    void readsALastLineWithoutLineEnd() throws IOException {
        // given
        Path file = write("a.jsonl", "{\"n\":1}\n{\"n\":2}");

        // when / then
        assertThat(readAll(file)).extracting(r -> r.get("n")).containsExactly("1", "2");
    }

    @Test
    void reportsABrokenLineAsMalformedWithoutItsContentAndGoesOn() throws IOException {
        // given
        Path file = write("a.jsonl", "{\"n\":1}\n{\"applicant_id\": \"SECRET-42\", \"n\": 2\n{\"n\":3}\n"
                + "{\"n\": SECRET}\n{\"n\":5}\n");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(SourceRecord::recordNo).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(records.get(1).malformed()).startsWith("not valid JSON (unexpected end of input")
                .doesNotContain("SECRET");
        assertThat(records.get(3).malformed()).startsWith("not valid JSON (syntax error at column ")
                .doesNotContain("SECRET");
        assertThat(records).extracting(r -> r.get("n")).containsExactly("1", null, "3", null, "5");
    }

    @Test
    void countsPositionsFromTheStartOfTheLineEvenAfterLeadingBlanks() throws IOException {
        // given
        Path lines = write("a.jsonl", " \n   {\"n\": x}\n");
        Path utf8 = write("b.jsonl", "\n  {\"n\":\"".getBytes(UTF_8), new byte[] {(byte) 0xFF}, "\"}".getBytes(UTF_8));
        Path array = write("a.json", "\n\n  [{\"n\":1}, x]");

        // when / then
        assertThat(readAll(lines).get(0).malformed()).isEqualTo("not valid JSON (syntax error at column 10)");
        assertThat(readAll(utf8).get(0).malformed()).isEqualTo("bytes that are not valid UTF-8 at byte 9 of the line");
        assertThat(readAll(array).get(1).malformed()).isEqualTo("not valid JSON (syntax error at line 3, column 13)");
    }

    @Test
    void reportsALineThatIsNotAnObjectAndGoesOn() throws IOException {
        // given
        Path file = write("a.jsonl", "{\"n\":1}\n[\"A1\"]\n\"SECRET\"\n42\nnull\n{\"n\":6}\n");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(SourceRecord::malformed).containsExactly(null,
                "line is not a JSON object but an array", "line is not a JSON object but a string",
                "line is not a JSON object but a number", "line is not a JSON object but null", null);
        assertThat(records.get(5).get("n")).isEqualTo("6");
    }

    @Test
    void takesAFileStartingWithABracketForOneJsonArray() throws IOException {
        // given
        Path file = write("a.jsonl", "[\"A1\"]\n{\"n\":2}\n");

        // when
        try (JsonRecordSource source = new JsonRecordSource(ByteSource.of(file), "a.jsonl", FIELDS)) {
            // then
            assertThat(source.next().malformed()).isEqualTo("element is not a JSON object but a string");
            assertThatThrownBy(source::next).isInstanceOf(UnsplittableJsonException.class)
                    .hasMessageContaining("content after the end of the JSON array at line 2, column 1");
        }
    }

    @Test
    void reportsTwoValuesOnOneLineAsMalformed() throws IOException {
        // given
        Path file = write("a.jsonl", "{\"n\":1} {\"n\":2}\n");

        // when / then
        assertThat(readAll(file).get(0).malformed()).isEqualTo("more than one JSON value on the line");
    }

    @Test
    void reportsAFieldGivenTwiceAsMalformed() throws IOException {
        // given
        Path file = write("a.jsonl", "{\"n\":1,\"N\":2}\n{\"employer.brn\":\"1\",\"employer\":{\"brn\":\"2\"}}\n"
                + "{\"n\":3}\n");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records.get(0).malformed()).startsWith("a field is given twice");
        assertThat(records.get(1).malformed()).startsWith("a field is given twice");
        assertThat(records.get(2).get("n")).isEqualTo("3");
    }

    @Test
    void reportsNestingBeyondTheParsersLimitAsMalformedAndGoesOn() throws IOException {
        // given
        String deep = "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000);
        Path file = write("a.jsonl", deep + "\n{\"n\":2}\n");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records.get(0).malformed()).startsWith("not valid JSON (nesting, text or number beyond");
        assertThat(records.get(1).get("n")).isEqualTo("2");
    }

    @Test
    void streamsAJsonArrayElementByElementNumberingTheElements() throws IOException {
        // given
        Path file = write("a.json", "\n  [\n  {\"n\": 1, \"employer\": {\"brn\": \"x\"}},\n  {\"n\": 2}\n]\n");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(SourceRecord::recordNo).containsExactly(1L, 2L);
        assertThat(records).extracting(r -> r.get("n")).containsExactly("1", "2");
        assertThat(records.get(0).get("employer.brn")).isEqualTo("x");
    }

    @Test
    void readsAnEmptyJsonArrayAsNoRecords() throws IOException {
        // given
        Path file = write("a.json", "[ ]");

        // when / then
        assertThat(readAll(file)).isEmpty();
    }

    @Test
    void reportsAnArrayElementThatIsNotAnObjectAndGoesOn() throws IOException {
        // given
        Path file = write("a.json", "[{\"n\":1}, [1, {\"a\": 2}], \"SECRET\", {\"n\":4}]");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(SourceRecord::malformed).containsExactly(null,
                "element is not a JSON object but an array", "element is not a JSON object but a string", null);
        assertThat(records.get(3).recordNo()).isEqualTo(4);
        assertThat(records.get(3).get("n")).isEqualTo("4");
    }

    @Test
    void rejectsAnArrayElementWithASyntaxErrorAndGoesOnWithTheNext() throws IOException {
        // given
        Path file = write("a.json", "[\n{\"n\":1},\n{\"n\": SECRET},\n{\"n\":3}\n]\n");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(SourceRecord::recordNo).containsExactly(1L, 2L, 3L);
        assertThat(records.get(1).malformed()).startsWith("not valid JSON (syntax error at line 3, column ")
                .doesNotContain("SECRET");
        assertThat(records).extracting(r -> r.get("n")).containsExactly("1", null, "3");
    }

    @Test
    void rejectsAnElementNestedBeyondTheParsersLimitsAndKeepsTheNextOne() throws IOException {
        // given: element 2 is nested 10,000 deep
        String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        Path file = write("a.json", "[{\"n\":1},\n" + deep + ",\n{\"n\":3}]");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(SourceRecord::recordNo).containsExactly(1L, 2L, 3L);
        assertThat(records.get(1).malformed()).startsWith("not valid JSON (nesting, text or number beyond");
        assertThat(records.get(2).get("n")).isEqualTo("3");
    }

    @Test
    void splitsElementsWhoseStringsHoldBracketsCommasAndEscapedQuotes() throws IOException {
        // given
        Path file = write("a.json", "[{\"flag\":\"]},[\\\"{\\\\\"}, {\"n\":2}]");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(SourceRecord::malformed).containsOnlyNulls();
        assertThat(records).extracting(r -> r.get("flag")).containsExactly("]},[\"{\\", null);
        assertThat(records.get(1).get("n")).isEqualTo("2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{\"n\":1},{\"n\":2|the input ends inside the element at line 1, column 15 (element 2)",
        "'[{\"n\":1}, '|the array is not closed at line 1, column 10 (element 2)",
        "[{\"n\":1},,{\"n\":2}]|an element is missing at line 1, column 10 (element 2)",
        "[{\"n\":1},]|an element is missing at line 1, column 10 (element 2)",
        "[{\"n\":1}}]|a } closes what was never opened at line 1, column 9 (element 1)",
        "[{\"n\":1}] {\"n\":2}|content after the end of the JSON array at line 1, column 11"})
    void refusesAFileWhoseArrayCannotBeSplitIntoElementsNamingThePosition(String json, String what)
            throws IOException {
        // given
        Path file = write("a.json", json);

        // when / then
        try (JsonRecordSource source = new JsonRecordSource(ByteSource.of(file), "a.json", FIELDS)) {
            assertThatThrownBy(() -> {
                while (source.next() != null) {
                    // read on to the break
                }
            }).isInstanceOf(UnsplittableJsonException.class).hasMessage("its JSON array cannot be split into "
                    + "elements: " + what + "; the elements after it cannot be told apart");
        }
    }

    @Test
    void skipsAUtf8ByteOrderMarkInBothForms() throws IOException {
        // given
        Path lines = write("a.jsonl", BOM, "{\"N\":1}\n".getBytes(UTF_8));
        Path array = write("a.json", BOM, "[{\"n\":2}]".getBytes(UTF_8));

        // when / then
        assertThat(readAll(lines)).extracting(r -> r.get("n")).containsExactly("1");
        assertThat(readAll(array)).extracting(r -> r.get("n")).containsExactly("2");
    }

    @Test
    void reportsALineWithInvalidUtf8AndGoesOn() throws IOException {
        // given
        Path file = write("a.jsonl", "{\"n\":1}\n{\"applicant_id\":\"".getBytes(UTF_8), new byte[] {(byte) 0xC3, 'A'},
                "\"}\n{\"n\":3}\n".getBytes(UTF_8));

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(SourceRecord::recordNo).containsExactly(1L, 2L, 3L);
        assertThat(records.get(1).malformed()).isEqualTo("bytes that are not valid UTF-8 at byte 18 of the line");
        assertThat(records.get(2).get("n")).isEqualTo("3");
    }

    @Test
    void rejectsAnArrayElementWithInvalidUtf8AndGoesOn() throws IOException {
        // given
        Path file = write("a.json", "[{\"n\":1},{\"n\":\"".getBytes(UTF_8), new byte[] {(byte) 0xFF},
                "\"},{\"n\":3}]".getBytes(UTF_8));

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(SourceRecord::recordNo).containsExactly(1L, 2L, 3L);
        assertThat(records.get(1).malformed()).isEqualTo("bytes that are not valid UTF-8 at byte 7 of the element");
        assertThat(records.get(2).get("n")).isEqualTo("3");
    }

    @Test
    void readsAnEmptyFileAsNoRecords() throws IOException {
        // given
        Path file = write("a.jsonl", "");

        // when / then
        assertThat(readAll(file)).isEmpty();
        assertThat(JsonRecordSource.fieldsOf(ByteSource.of(file), file.getFileName().toString()).names()).isEmpty();
    }

    @Test
    void listsTheUnionOfFieldsOverWellFormedRecords() throws IOException {
        // given
        Path file = write("a.jsonl", "{\"applicant_id\":\"A1\",\"outcome\":\"STARTUP\",\"employer\":null}\n"
                + "{\"Applicant_Id\":\"A2\",\"employer\":{\"brn\":\"1\",\"name\":\"x\"},\"extra\":[1]}\n"
                + "{\"broken\": \n"
                + "{\"surveyed_on\": null}\n");

        // when
        Header fields = JsonRecordSource.fieldsOf(ByteSource.of(file), file.getFileName().toString());

        // then
        assertThat(fields.names()).containsExactly("applicant_id", "outcome", "employer.brn", "employer.name",
                "extra", "surveyed_on");
        assertThat(fields.duplicates()).isEmpty();
    }

    @Test
    void listsTheFieldsOfAJsonArray() throws IOException {
        // given
        Path file = write("a.json", "[{\"award_id\":\"W1\",\"team\":{\"name\":\"t\",\"members\":[\"A1\"]}}]");

        // when / then
        assertThat(JsonRecordSource.fieldsOf(ByteSource.of(file), file.getFileName().toString()).names()).containsExactly("award_id", "team.name",
                "team.members");
    }

    private static List<SourceRecord> readAll(Path file) throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        try (JsonRecordSource source = new JsonRecordSource(ByteSource.of(file), file.getFileName().toString(), FIELDS)) {
            for (SourceRecord r = source.next(); r != null; r = source.next()) {
                records.add(r);
            }
            assertThat(source.next()).isNull();
        }
        return records;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, UTF_8);
    }

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        return Files.write(dir.resolve(name), out.toByteArray());
    }
}
