package kr.aiacademy.etl.pipeline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentFeed;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentRecord;
import kr.aiacademy.etl.pipeline.inbox.DropLander;
import kr.aiacademy.etl.pipeline.inbox.DropLedger;
import kr.aiacademy.etl.pipeline.inbox.DropStatus;
import kr.aiacademy.etl.pipeline.inbox.LandingEvent;
import kr.aiacademy.etl.pipeline.inbox.LandedDrops;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import kr.aiacademy.etl.pipeline.inbox.UnpackLimits;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class IngestFlowTest {

    private static final String FEED = "enrollment";
    private static final byte[] KEY = "ingest-flow-test-key-0123456789".getBytes(UTF_8);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-03-05T01:00:00Z"), ZoneId.of("Asia/Seoul"));
    private static final LocalDateTime NOW = LocalDateTime.of(2021, 3, 5, 10, 0);
    private static final long JOB = 11L;
    private static final String HEADER = "applicant_id,cohort,course_start,course_end,planned_hours,name,rrn,email,"
            + "phone,home_region,status,applied_on,status_on,hours_attended,dormitory,updated_at";

    /** Every personal value in {@link #mixedDrop()}: none may reach a lake or rejects file. */
    private static final List<String> PERSONAL = List.of(
            "김철수", "이영희", "박민수", "최지우", "정하늘", "강동원", "윤서연", "한예슬", "조민호",
            "900101-1538264", "9001011538264", "920315-2638271", "9203152638271", "880712-1749302",
            "8807121749302", "010421-3829104", "0104213829104", "951332-2837465", "9513322837465",
            "870505-1928374", "8705051928374", "991130-2918273", "9911302918273", "000229-4123987",
            "0002294123987", "930303-2019283", "9303032019283",
            "kim.cs@example.com", "lee.yh@example.org", "park.ms@example.net", "choi.jw@example.com",
            "jung.hn@example.com", "kang.dw@example.com", "yoon.sy@example.kr", "han.ys@example.com",
            "cho.mh@example.com",
            "010-2345-6789", "010-9876-1234", "010-5555-0303", "010-7777-0404", "010-4321-8765",
            "010-1212-3434", "01056781234", "010-2020-3030", "010-9090-8080");

    @TempDir
    Path tmp;

    private Path inbox;
    private DataDir dataDir;
    private JdbcDataSource dataSource;
    private DropLedger ledger;
    private final EnrollmentFeed feed = new EnrollmentFeed();
    private final Pseudonymizer pseudonymizer = new Pseudonymizer(KEY);

    @BeforeEach
    void setUp() throws IOException {
        inbox = Files.createDirectories(tmp.resolve("inbox").resolve(FEED));
        dataDir = new DataDir(tmp.resolve("data"));
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ledger = new DropLedger(dataSource);
        ledger.initialize();
    }

    @AfterEach
    void shutDown() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("shutdown");
        }
    }

    @Test
    void readsEveryRecordOfALandedDropThenItsEnd() throws IOException {
        // given
        land("enrollment_20210301.csv", mixedDrop());

        // when
        List<IngestItem> items = readAll(reader());

        // then
        assertThat(items).hasSize(10);
        assertThat(items.subList(0, 9)).allSatisfy(i -> assertThat(i).isInstanceOf(IngestItem.Rows.class));
        assertThat(items.get(9)).isInstanceOf(IngestItem.End.class);
        assertThat(items.subList(0, 9)).extracting(i -> ((IngestItem.Rows) i).records().get(0).recordNo())
                .containsExactly(2L, 3L, 4L, 5L, 7L, 8L, 9L, 10L, 11L);
        assertThat(items).extracting(i -> i.lineage().ingestedAt()).containsOnly(NOW);
        assertThat(items).extracting(i -> i.lineage().dropName()).containsOnly("enrollment_20210301.csv");
    }

    @Test
    void writesAcceptedRowsToTheLakeFile() throws Exception {
        // given
        land("enrollment_20210301.csv", mixedDrop());

        // when
        runIngest();

        // then
        LedgerEntry drop = onlyDrop();
        Path lake = lakeFile(drop);
        assertThat(lake).isRegularFile();
        List<Map<String, Object>> rows = rows(lake);
        assertThat(rows).extracting(r -> r.get("applicant_id"), r -> r.get("record_no"), r -> r.get("birth_year"),
                r -> r.get("sex"), r -> r.get("home_region_code"), r -> r.get("status"))
                .containsExactly(
                        tuple("A-0001", 2L, 1990, "M", 29, "ENROLLED"),
                        tuple("A-0002", 3L, 1992, "F", 29, "COMPLETED"),
                        tuple("A-0007", 9L, 1999, "F", 29, "DROPPED"),
                        tuple("A-0009", 11L, 2000, "F", 29, "APPLIED"));
        assertThat((byte[]) rows.get(0).get("person_key")).isEqualTo(pseudonymizer.pseudonym("9001011538264"));
        assertThat((byte[]) rows.get(1).get("person_key")).isEqualTo(pseudonymizer.pseudonym("9203152638271"));
        assertThat(rows.get(2)).containsEntry("dormitory", false).containsEntry("hours_attended", null);
        assertThat(rows).allSatisfy(r -> assertThat(r)
                .containsEntry("drop_name", "enrollment_20210301.csv")
                .containsEntry("drop_sha256", drop.sha256())
                .containsEntry("source_file", "enrollment_20210301.csv")
                .containsEntry("ingested_at", NOW));
    }

    @Test
    void writesRejectedRowsWithTheirRuleAndRecordNumber() throws Exception {
        // given
        land("enrollment_20210301.csv", mixedDrop());

        // when
        runIngest();

        // then
        Path rejects = rejectsFile(onlyDrop());
        List<Map<String, Object>> rows = rows(rejects);
        assertThat(rows).extracting(r -> r.get("record_no"), r -> r.get("rule")).containsExactly(
                tuple(4L, "unknown_region"),
                tuple(5L, "unknown_region"),
                tuple(7L, "invalid_rrn"),
                tuple(8L, "malformed_record"),
                tuple(10L, "missing_value"));
        assertThat(rows).extracting(r -> r.get("feed")).containsOnly(FEED);
        assertThat(rows.get(0).get("masked_record").toString())
                .contains("applicant_id=A-0003", "name=박**", "rrn=880712-1******", "email=p***@example.net",
                        "phone=010-****-0303", "home_region=Atlantis");
        assertThat(rows.get(2).get("masked_record").toString()).contains("name=정**", "rrn=951332-2******");
        assertThat(rows.get(3)).containsEntry("masked_record", "")
                .containsEntry("detail", "record has 15 fields, the header has 16");
        assertThat(rows.get(4).get("detail").toString()).isEqualTo("name is required but empty");
    }

    @Test
    void marksTheDropLoadedWithItsCounts() throws Exception {
        // given
        land("enrollment_20210301.csv", mixedDrop());

        // when
        runIngest();

        // then
        LedgerEntry drop = onlyDrop();
        assertThat(drop.status()).isEqualTo(DropStatus.LOADED);
        assertThat(drop.rowsLoaded()).isEqualTo(4L);
        assertThat(drop.rowsRejected()).isEqualTo(5L);
        assertThat(drop.jobExecutionId()).isEqualTo(JOB);
        assertThat(drop.loadedAt()).isNotNull();
        assertThat(readAll(reader())).isEmpty();
    }

    @Test
    void leavesNoPersonalValueInAnyByteOfTheLakeOrRejectsFiles() throws Exception {
        // given
        land("enrollment_20210301.csv", mixedDrop());

        // when
        runIngest();

        // then
        LedgerEntry drop = onlyDrop();
        for (Path file : List.of(lakeFile(drop), rejectsFile(drop))) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            String text = asText(file);
            assertThat(text).as("text of %s", file.getFileName()).contains("enrollment_20210301.csv", "A-000");
            for (String value : PERSONAL) {
                String utf8 = new String(value.getBytes(UTF_8), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as("bytes of %s", file.getFileName()).doesNotContain(utf8);
                assertThat(text).as("text of %s", file.getFileName()).doesNotContain(value);
            }
        }
    }

    @Test
    void startsOverFromTheFirstRecordWhenReopenedAfterClose() throws IOException {
        // given: a reader closed half way through a drop
        land("enrollment_20210301.csv", mixedDrop());
        LandedDropReader reader = reader();
        reader.open(new ExecutionContext());
        for (int i = 0; i < 3; i++) {
            reader.read();
        }
        reader.close();

        // when
        List<IngestItem> items = readAll(reader);

        // then
        assertThat(items).hasSize(10);
        assertThat(items.get(0)).isInstanceOfSatisfying(IngestItem.Rows.class,
                row -> assertThat(row.records().get(0).recordNo()).isEqualTo(2L));
        assertThat(items.get(9)).isInstanceOf(IngestItem.End.class);
    }

    @Test
    void accountsForEveryLandedByte() throws IOException {
        // given
        land("enrollment_20210301.csv", mixedDrop());
        LandedDropReader reader = reader();

        // when
        readAll(reader);

        // then
        assertThat(reader.totalBytes()).isEqualTo(mixedDrop().length);
        assertThat(reader.bytesRead()).isEqualTo(reader.totalBytes());
    }

    @Test
    void leavesNoLakeFileAndKeepsTheDropLandedWhenClosedBeforeItsEnd() throws Exception {
        // given
        land("enrollment_20210301.csv", mixedDrop());
        List<IngestOutcome<EnrollmentRecord>> outcomes = process(readAll(reader()));
        LakeItemWriter<EnrollmentRecord> writer = writer();
        writer.open(new ExecutionContext());

        // when
        writer.write(new Chunk<>(outcomes.subList(0, outcomes.size() - 1)));
        writer.close();

        // then
        LedgerEntry drop = onlyDrop();
        assertThat(drop.status()).isEqualTo(DropStatus.LANDED);
        assertThat(drop.rowsLoaded()).isNull();
        assertThat(filesUnder(tmp.resolve("data/lake"))).isEmpty();
        assertThat(filesUnder(tmp.resolve("data/rejects"))).isEmpty();
    }

    @Test
    void loadsAnInterruptedDropCompletelyOnTheNextRun() throws Exception {
        // given
        land("enrollment_20210301.csv", mixedDrop());
        List<IngestOutcome<EnrollmentRecord>> outcomes = process(readAll(reader()));
        LakeItemWriter<EnrollmentRecord> interrupted = writer();
        interrupted.open(new ExecutionContext());
        interrupted.write(new Chunk<>(outcomes.subList(0, 4)));
        interrupted.close();

        // when
        runIngest();

        // then
        LedgerEntry drop = onlyDrop();
        assertThat(drop.status()).isEqualTo(DropStatus.LOADED);
        assertThat(rows(lakeFile(drop))).hasSize(4);
        assertThat(rows(rejectsFile(drop))).hasSize(5);
    }

    @Test
    void loadsSeveralDropsIntoOneLakeFileEachAndWritesNoRejectsFileForACleanDrop() throws Exception {
        // given
        land("enrollment_20210302.csv", cleanDrop("B", 2));
        land("enrollment_20210301.csv", mixedDrop());

        // when
        runIngest();

        // then
        List<LedgerEntry> drops = ledger.loaded(FEED);
        assertThat(drops).extracting(LedgerEntry::dropName, LedgerEntry::rowsLoaded, LedgerEntry::rowsRejected)
                .containsExactly(tuple("enrollment_20210301.csv", 4L, 5L), tuple("enrollment_20210302.csv", 2L, 0L));
        LedgerEntry clean = drops.get(1);
        assertThat(rows(lakeFile(clean))).extracting(r -> r.get("applicant_id"))
                .containsExactly("B-0001", "B-0002");
        assertThat(rejectsFile(clean)).doesNotExist();
        assertThat(rejectsFile(drops.get(0))).exists();
    }

    @Test
    void readsEveryDataFileOfAnArchiveDropInPathOrder() throws Exception {
        // given
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String crlf = new String(cleanDrop("C", 2), UTF_8).replace("\n", "\r\n");
        String broken = new String(cleanDrop("D", 3), UTF_8).replace("D-0002,", "\"D-0002,");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("b/second.csv", broken.getBytes(UTF_8));
        entries.put("a/first.csv", concat(bom, crlf.getBytes(UTF_8)));
        landZip("enrollment_20210301.zip", entries);

        // when
        runIngest();

        // then
        LedgerEntry drop = onlyDrop();
        assertThat(drop.status()).isEqualTo(DropStatus.LOADED);
        assertThat(rows(lakeFile(drop))).extracting(r -> r.get("source_file"), r -> r.get("record_no"),
                r -> r.get("applicant_id")).containsExactlyInAnyOrder(
                        tuple("a/first.csv", 2L, "C-0001"),
                        tuple("a/first.csv", 3L, "C-0002"),
                        tuple("b/second.csv", 2L, "D-0001"));
        assertThat(rows(rejectsFile(drop))).extracting(r -> r.get("source_file"), r -> r.get("record_no"),
                r -> r.get("rule")).containsExactly(tuple("b/second.csv", 3L, "malformed_record"),
                        tuple("b/second.csv", 4L, "malformed_record"));
        assertThat(drop.rowsLoaded()).isEqualTo(3L);
        assertThat(drop.rowsRejected()).isEqualTo(2L);
    }

    @Test
    void loadsADropWithoutRowsAsAnEmptyLakeFile() throws Exception {
        // given
        land("enrollment_20210301.csv", (HEADER + "\n").getBytes(UTF_8));

        // when
        runIngest();

        // then
        LedgerEntry drop = onlyDrop();
        assertThat(drop.status()).isEqualTo(DropStatus.LOADED);
        assertThat(drop.rowsLoaded()).isZero();
        assertThat(drop.rowsRejected()).isZero();
        assertThat(rows(lakeFile(drop))).isEmpty();
        assertThat(rejectsFile(drop)).doesNotExist();
    }

    // --- driving the three parts by hand, as a chunk-oriented step would

    @Test
    void loadsADropKeptCompressedUnderItsInnerNameCountingTheLandedBytes() throws Exception {
        // given: landed as delivered, compressed
        Path delivered = gzip("enrollment_20210301.csv.gz", cleanDrop("G", 3000));
        land(delivered);

        // when
        LandedDropReader reader = reader();
        readAll(reader);
        runIngest();

        // then
        assertThat(reader.totalBytes()).isEqualTo(Files.size(delivered));
        assertThat(reader.bytesRead()).isEqualTo(reader.totalBytes());
        LedgerEntry drop = onlyDrop();
        assertThat(drop.status()).isEqualTo(DropStatus.LOADED);
        assertThat(drop.rowsLoaded()).isEqualTo(3000L);
        assertThat(rows(lakeFile(drop))).extracting(row -> row.get("source_file"))
                .containsOnly("enrollment_20210301.csv");
    }

    @Test
    void rejectsADropWhoseCompressedBytesEndTooSoonLoadingNoneOfItsRowsAndQuarantinesIt() throws Exception {
        // given: the start decompresses (the drop lands), the rest is cut off
        Path delivered = gzip("enrollment_20210301.csv.gz", cleanDrop("T", 3000));
        byte[] bytes = Files.readAllBytes(delivered);
        Files.write(delivered, Arrays.copyOf(bytes, bytes.length * 6 / 10));
        land(delivered);

        // when
        List<IngestItem> items = readAll(reader());
        runIngest();

        // then
        assertThat(items.get(items.size() - 1)).isInstanceOfSatisfying(IngestItem.Rejected.class, rejected ->
                assertThat(rejected.reason()).startsWith("corrupt or truncated gzip file enrollment_20210301.csv.gz: "));
        assertRejectedAndQuarantined(delivered, "corrupt or truncated gzip file enrollment_20210301.csv.gz: ");
    }

    @Test
    void rejectsACompressedDropThatIsNotWhollyUtf8AsItIsRead() throws Exception {
        // given: valid UTF-8 for its first 3,000 rows (the drop lands), then a row in CP949
        byte[] cp949 = row("E-9999", "조민호", "930303-1019283", "cho.mh@example.com", "010-2020-3030", "광주", "입교",
                "Y").getBytes(Charset.forName("x-windows-949"));
        Path delivered = gzip("enrollment_20210301.csv.gz", concat(cleanDrop("E", 3000), cp949));
        land(delivered);

        // when
        runIngest();

        // then
        assertRejectedAndQuarantined(delivered, "enrollment_20210301.csv cannot be read: the file is not valid UTF-8 "
                + "(the enrollment feed is UTF-8; was it exported in CP949/EUC-KR?)");
    }

    @Test
    void rejectsTheFilesRecordedAsDuplicatesOfADropRejectedWhileItIsRead() throws Exception {
        // given: the same truncated bytes under two names, landed once and recorded once as DUPLICATE
        byte[] bytes = Files.readAllBytes(gzip("enrollment_20210301.csv.gz", cleanDrop("D", 3000)));
        byte[] truncated = Arrays.copyOf(bytes, bytes.length * 6 / 10);
        Files.write(inbox.resolve("enrollment_20210301.csv.gz"), truncated);
        Files.write(inbox.resolve("enrollment_20210302.csv.gz"), truncated);
        new DropLander(ledger, dataDir, UnpackLimits.defaults(), CLOCK).land(tmp.resolve("inbox"), List.of(feed), JOB);
        assertThat(ledger.all()).extracting(LedgerEntry::status)
                .containsExactly(DropStatus.LANDED, DropStatus.DUPLICATE);

        // when
        runIngest();

        // then
        assertThat(ledger.all()).extracting(LedgerEntry::status)
                .containsExactly(DropStatus.REJECTED, DropStatus.REJECTED);
        assertThat(ledger.all().get(1).reason()).startsWith("same bytes as enrollment_20210301.csv.gz: corrupt or "
                + "truncated gzip file enrollment_20210301.csv.gz: ");
        assertThat(dataDir.quarantine(FEED).resolve("enrollment_20210302.csv.gz")).hasBinaryContent(truncated);
        assertThat(Files.readString(dataDir.quarantine(FEED).resolve("enrollment_20210302.csv.gz.reason")))
                .startsWith("same bytes as enrollment_20210301.csv.gz: ");
    }

    @Test
    void aCorrectionRejectedWhileItIsReadReplacesNothingTheDeliveryItSupersededLoadsNext() throws Exception {
        // given: a delivery landed, then a correction of its name whose end is cut off landed over it
        land(gzip("enrollment_20210301.csv.gz", cleanDrop("V", 2)));
        LedgerEntry first = onlyDrop();
        byte[] bytes = Files.readAllBytes(gzip("enrollment_20210301.csv.gz", cleanDrop("W", 3000)));
        Files.write(inbox.resolve("enrollment_20210301.csv.gz"), Arrays.copyOf(bytes, bytes.length * 6 / 10));
        land(inbox.resolve("enrollment_20210301.csv.gz"));
        assertThat(ledger.find(first.dropId()).status()).isEqualTo(DropStatus.SUPERSEDED);

        // when
        runIngest();
        runIngest(); // the next run

        // then
        assertThat(ledger.all()).extracting(LedgerEntry::status)
                .containsExactly(DropStatus.LOADED, DropStatus.REJECTED);
        assertThat(ledger.find(first.dropId()).rowsLoaded()).isEqualTo(2L);
    }

    /** The only drop is REJECTED for the reason, nothing of it in the lake, its delivered bytes in quarantine. */
    private void assertRejectedAndQuarantined(Path delivered, String reason) throws IOException {
        LedgerEntry drop = onlyDrop();
        assertThat(drop.status()).isEqualTo(DropStatus.REJECTED);
        assertThat(drop.reason()).startsWith(reason);
        assertThat(drop.jobExecutionId()).isEqualTo(JOB);
        assertThat(drop.rowsLoaded()).isNull();
        assertThat(filesUnder(tmp.resolve("data/lake"))).isEmpty();
        assertThat(filesUnder(tmp.resolve("data/rejects"))).isEmpty();
        assertThat(dataDir.landing(FEED, drop.sha256())).doesNotExist();
        Path quarantined = dataDir.quarantine(FEED).resolve(delivered.getFileName().toString());
        assertThat(quarantined).hasSameBinaryContentAs(delivered);
        assertThat(Files.readString(quarantined.resolveSibling(quarantined.getFileName() + ".reason"))).startsWith(reason);
    }

    private void runIngest() throws Exception {
        LandedDropReader reader = reader();
        List<IngestItem> items = readAll(reader);
        List<IngestOutcome<EnrollmentRecord>> outcomes = process(items);
        LakeItemWriter<EnrollmentRecord> writer = writer();
        writer.open(new ExecutionContext());
        for (int from = 0; from < outcomes.size(); from += 3) {
            writer.write(new Chunk<>(outcomes.subList(from, Math.min(from + 3, outcomes.size()))));
        }
        writer.close();
    }

    private LandedDropReader reader() {
        return new LandedDropReader(feed, ledger.landed(feed.name()), landed(), CLOCK, 1);
    }

    private LakeItemWriter<EnrollmentRecord> writer() {
        return new LakeItemWriter<>(feed, ledger, dataDir, landed(), JOB);
    }

    private LandedDrops landed() {
        return new LandedDrops(dataDir, UnpackLimits.defaults());
    }

    private static List<IngestItem> readAll(LandedDropReader reader) throws IOException {
        reader.open(new ExecutionContext());
        List<IngestItem> items = new ArrayList<>();
        try {
            for (IngestItem item = reader.read(); item != null; item = reader.read()) {
                items.add(item);
            }
        } finally {
            reader.close();
        }
        return items;
    }

    private List<IngestOutcome<EnrollmentRecord>> process(List<IngestItem> items) {
        RulesProcessor<EnrollmentRecord> processor = new RulesProcessor<>(feed, pseudonymizer);
        List<IngestOutcome<EnrollmentRecord>> outcomes = new ArrayList<>();
        for (IngestItem item : items) {
            outcomes.add(processor.process(item));
        }
        return outcomes;
    }

    private void land(String name, byte[] content) throws IOException {
        land(Files.write(inbox.resolve(name), content));
    }

    private void land(Path delivered) throws IOException {
        List<LandingEvent> events = new DropLander(ledger, dataDir, UnpackLimits.defaults(), CLOCK)
                .land(tmp.resolve("inbox"), List.of(feed), JOB).events();
        assertThat(events).extracting(LandingEvent::status).containsExactly(DropStatus.LANDED);
    }

    private void landZip(String name, Map<String, byte[]> entries) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(inbox.resolve(name))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
        }
        List<LandingEvent> events = new DropLander(ledger, dataDir, UnpackLimits.defaults(), CLOCK)
                .land(tmp.resolve("inbox"), List.of(feed), JOB).events();
        assertThat(events).extracting(LandingEvent::status).containsExactly(DropStatus.LANDED);
    }

    private Path gzip(String name, byte[] content) throws IOException {
        Path file = inbox.resolve(name);
        try (OutputStream out = new GzipCompressorOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private LedgerEntry onlyDrop() {
        List<LedgerEntry> all = ledger.all();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    // --- test data

    /** Four valid rows (lines 2, 3, 9, 11) and five bad ones (lines 4, 5-6, 7, 8, 10). */
    private static byte[] mixedDrop() {
        String csv = HEADER + "\n"
                + row("A-0001", "김철수", "900101-1538264", "kim.cs@example.com", "010-2345-6789", "광주", "입교", "Y") + "\n"
                + row("A-0002", "이영희", "9203152638271", "lee.yh@example.org", "010-9876-1234", "광주광역시", "수료", "N")
                + "\n"
                + row("A-0003", "박민수", "880712-1749302", "park.ms@example.net", "010-5555-0303", "Atlantis", "입교",
                        "Y") + "\n"
                + row("A-0004", "최지우", "0104213829104", "choi.jw@example.com", "010-7777-0404", "\"광주\n북구\"",
                        "합격", "Y") + "\n"
                + row("A-0005", "정하늘", "951332-2837465", "jung.hn@example.com", "010-4321-8765", "광주", "입교", "Y")
                + "\n"
                + row("A-0006", "강동원", "870505-1928374", "kang.dw@example.com", "010-1212-3434", "광주", "입교", "Y")
                        .replaceFirst(",Y,", ",") + "\n"
                + row("A-0007", "윤서연", "9911302918273", "yoon.sy@example.kr", "01056781234", "Gwangju", "DROPPED", "N")
                        .replace(",120,N,", ",,N,") + "\n"
                + row("A-0008", "", "930303-2019283", "cho.mh@example.com", "010-2020-3030", "광주", "입교", "Y") + "\n"
                + row("A-0009", "한예슬", "000229-4123987", "han.ys@example.com", "010-9090-8080", "광주시", "지원", "")
                + "\n";
        return csv.getBytes(UTF_8);
    }

    private static byte[] cleanDrop(String prefix, int rows) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            sb.append(row(String.format("%s-%04d", prefix, i), "조민호", "930303-1019283", "cho.mh@example.com",
                    "010-2020-3030", "광주", "입교", "Y")).append('\n');
        }
        return sb.toString().getBytes(UTF_8);
    }

    private static String row(String id, String name, String rrn, String email, String phone, String region,
            String status, String dormitory) {
        return String.join(",", id, "3", "2021-03-02", "2021-08-31", "960", name, rrn, email, phone, region, status,
                "2021-01-15", "2021-03-02", "120", dormitory, "2021-03-04T09:15:00");
    }

    // --- reading files back

    private static List<Map<String, Object>> rows(Path file) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select * from read_parquet('" + file
                     + "', hive_partitioning = false) order by record_no")) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    if (value instanceof java.sql.Timestamp t) {
                        value = t.toLocalDateTime();
                    } else if (value instanceof java.sql.Blob) {
                        value = rs.getBytes(i);
                    }
                    row.put(rs.getMetaData().getColumnName(i), value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Every value of every row, cast to text by DuckDB. */
    private static String asText(Path file) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select columns(*)::varchar from read_parquet('" + file
                     + "', hive_partitioning = false)")) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    text.append(rs.getString(i)).append('|');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(Path::toString).toList();
        }
    }

    private Path lakeFile(LedgerEntry drop) {
        return dataDir.lakeFile(drop.feed(), drop.sha256(), drop.ingestDate());
    }

    private Path rejectsFile(LedgerEntry drop) {
        return dataDir.rejectsFile(drop.feed(), drop.sha256());
    }
}
