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

class CsvRecordSourceTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void readsQuotedFieldsWithCommasQuotesAndNewlines() throws IOException {
        // given
        Path file = write("id,memo,region\n"
                + "1,\"a, b\",광주\n"
                + "2,\"say \"\"hi\"\"\",광주\n"
                + "3,\"line one\nline two\",광주\n");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(r -> r.get("memo"))
                .containsExactly("a, b", "say \"hi\"", "line one\nline two");
        assertThat(records).allSatisfy(r -> assertThat(r.malformed()).isNull());
        assertThat(records).extracting(r -> r.get("region")).containsOnly("광주");
    }

    @Test
    void skipsAUtf8ByteOrderMarkBeforeTheFirstColumnName() throws IOException {
        // given
        Path file = write(concat(BOM, "applicant_id,name\nA1,김철수\n".getBytes(UTF_8)));

        // when
        try (CsvRecordSource source = open(file)) {
            // then
            assertThat(source.header().names()).containsExactly("applicant_id", "name");
            assertThat(source.header().indexOf("applicant_id")).isZero();
            assertThat(source.next().get("applicant_id")).isEqualTo("A1");
        }
    }

    @Test
    void readsCrLfLineEndings() throws IOException {
        // given
        Path file = write("id,name\r\n1,김철수\r\n2,이영희\r\n");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(r -> r.get("name")).containsExactly("김철수", "이영희");
        assertThat(records).extracting(SourceRecord::recordNo).containsExactly(2L, 3L);
    }

    @Test
    void findsColumnsInAnotherOrderAndInUpperCase() throws IOException {
        // given
        Path file = write("NAME, Applicant_ID ,Cohort\n김철수,A1,3\n");

        // when
        SourceRecord record = readAll(file).get(0);

        // then
        assertThat(record.get("applicant_id")).isEqualTo("A1");
        assertThat(record.get("name")).isEqualTo("김철수");
        assertThat(record.get("cohort")).isEqualTo("3");
        assertThat(record.get("email")).isNull();
    }

    @Test
    void numbersRecordsByTheLineTheyStartOnWithTheHeaderOnLineOne() throws IOException {
        // given
        Path file = write("id,memo\n"
                + "1,plain\n"
                + "2,\"two\nlines\"\n"
                + "3,\"three\r\nlines\r\nhere\"\n"
                + "4,last");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(SourceRecord::recordNo).containsExactly(2L, 3L, 5L, 8L);
        assertThat(records).extracting(r -> r.get("id")).containsExactly("1", "2", "3", "4");
    }

    @Test
    void countsSkippedBlankLinesInTheLineNumbers() throws IOException {
        // given
        Path file = write("id,memo\n\n1,a\n\n\n2,b\n");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(r -> r.get("id")).containsExactly("1", "2");
        assertThat(records).extracting(SourceRecord::recordNo).containsExactly(3L, 6L);
    }

    @Test
    void returnsARecordWithAnotherFieldCountAsMalformedAndGoesOn() throws IOException {
        // given
        Path file = write("id,name,region\n1,김철수\n2,이영희,광주,extra\n3,박민수,광주\n");

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).hasSize(3);
        assertThat(records.get(0).malformed()).isEqualTo("record has 2 fields, the header has 3");
        assertThat(records.get(1).malformed()).isEqualTo("record has 4 fields, the header has 3");
        assertThat(records.get(2).malformed()).isNull();
        assertThat(records).extracting(SourceRecord::recordNo).containsExactly(2L, 3L, 4L);
    }

    @Test
    void rejectsEveryLineAfterAnUnclosedQuoteOneByOneSoThatNoRecordIsLost() throws IOException {
        // given: ten rows, the fourth opens a quote it never closes
        StringBuilder csv = new StringBuilder("id,memo\n");
        for (int row = 1; row <= 10; row++) {
            csv.append(row).append(row == 4 ? ",\"never closed\n" : ",ok\n");
        }
        Path file = write(csv.toString());

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(SourceRecord::recordNo)
                .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(records.subList(0, 3)).extracting(SourceRecord::malformed).containsOnlyNulls();
        assertThat(records.get(3).malformed()).startsWith("the CSV cannot be split into records from line 5 on: ")
                .endsWith("; every line from here on is rejected");
        assertThat(records.subList(4, 10)).extracting(SourceRecord::malformed)
                .containsOnly("not read as a record: the CSV cannot be split into records after line 5");
        assertThat(records.subList(3, 10)).allSatisfy(r -> assertThat(r.values()).isEmpty());
    }

    @Test
    void rejectsARecordLongerThan16MibAndEveryLineAfterItInsteadOfHoldingItWhole() throws IOException {
        // given: a field of 40 MiB in the second row (a hostile file: the parser would hold it whole), then a row
        StringBuilder csv = new StringBuilder("id,memo\n1,ok\n2,\"");
        csv.append("x".repeat(40 << 20)).append("\"\n3,ok\n");
        Path file = write(csv.toString());

        // when
        List<SourceRecord> records = readAll(file);

        // then
        assertThat(records).extracting(SourceRecord::recordNo).containsExactly(2L, 3L, 4L);
        assertThat(records.get(0).malformed()).isNull();
        assertThat(records.get(1).malformed()).isEqualTo("the CSV cannot be split into records from line 3 on: a "
                + "record is longer than 16 MiB; every line from here on is rejected");
        assertThat(records.get(2).malformed())
                .isEqualTo("not read as a record: the CSV cannot be split into records after line 3");
    }

    @Test
    void refusesAHeaderRowLongerThan16Mib() throws IOException {
        Path file = write("id," + "x".repeat(17 << 20) + "\n1,2\n");

        assertThatThrownBy(() -> open(file)).isInstanceOf(IOException.class)
                .hasMessage("header row of test.csv cannot be read: a record is longer than 16 MiB");
    }

    @Test
    void rejectsEveryLineAfterTextFollowingAClosingQuoteSkippingBlankLines() throws IOException {
        // given
        Path file = write("id,memo\n1,ok\n\n2,\"closed\"stray,x\n3,more\n\n   \n4,more");

        // when
        try (CsvRecordSource source = open(file)) {
            List<SourceRecord> records = new ArrayList<>();
            for (SourceRecord r = source.next(); r != null; r = source.next()) {
                records.add(r);
            }

            // then
            assertThat(records).extracting(SourceRecord::recordNo).containsExactly(2L, 4L, 5L, 8L);
            assertThat(records.get(1).malformed()).startsWith("the CSV cannot be split into records from line 4");
            assertThat(source.next()).isNull();
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void refusesAnEmptyFileWithAnIoException() throws IOException {
        // given
        Path file = write("");

        // when / then
        assertThatThrownBy(() -> open(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void refusesAFileWithOnlyAByteOrderMark() throws IOException {
        // given
        Path file = write(BOM);

        // when / then
        assertThatThrownBy(() -> open(file)).isInstanceOf(IOException.class).hasMessageContaining("empty");
    }

    @Test
    void returnsNullAtTheEndOfAFileWithOnlyAHeader() throws IOException {
        // given
        Path file = write("id,name\n");

        // when
        try (CsvRecordSource source = open(file)) {
            // then
            assertThat(source.header().names()).containsExactly("id", "name");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void refusesInvalidUtf8InTheHeaderWithAClearMessage() throws IOException {
        // given: ISO-8859-1 bytes (0xE9) where UTF-8 is expected
        Path file = write(concat("id,caf".getBytes(UTF_8), new byte[] {(byte) 0xE9}, "\n1,x\n".getBytes(UTF_8)));

        // when / then
        assertThatThrownBy(() -> open(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void turnsInvalidUtf8InTheRowsIntoMalformedRecordsFromTheRowThatHoldsItNeverIntoReplacementCharacters() throws IOException {
        // given: a valid header and first rows, then a Latin-1 byte well past the reader's first buffer
        StringBuilder text = new StringBuilder("id,memo\n");
        for (int i = 1; i <= 5_000; i++) {
            text.append(i).append(",row number ").append(i).append('\n');
        }
        Path file = write(concat(text.toString().getBytes(UTF_8), "5001,caf".getBytes(UTF_8),
                new byte[] {(byte) 0xE9}, "\n5002,ok\n".getBytes(UTF_8)));

        // when
        List<SourceRecord> records = readAll(file);

        // then: the row with the bad byte breaks the file there, and the line after it is rejected as well
        assertThat(records).hasSize(5_002);
        SourceRecord broken = records.get(5_000);
        assertThat(broken.recordNo()).isEqualTo(5_002);
        assertThat(broken.malformed()).contains("not valid UTF-8");
        assertThat(records.get(5_001).recordNo()).isEqualTo(5_003);
        assertThat(records.get(5_001).malformed()).startsWith("not read as a record");
        assertThat(records.subList(0, 5_000)).allSatisfy(r -> {
            assertThat(r.malformed()).isNull();
            assertThat(r.get("memo")).doesNotContain("\uFFFD");
        });
    }

    private CsvRecordSource open(Path file) throws IOException {
        return new CsvRecordSource(ByteSource.of(file), "test.csv", UTF_8);
    }

    private List<SourceRecord> readAll(Path file) throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        try (CsvRecordSource source = open(file)) {
            for (SourceRecord r = source.next(); r != null; r = source.next()) {
                records.add(r);
            }
        }
        return records;
    }

    private Path write(String text) throws IOException {
        return write(text.getBytes(UTF_8));
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "source", ".csv"), bytes);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
