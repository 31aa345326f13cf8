package kr.aiacademy.etl.pipeline.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import kr.aiacademy.etl.pipeline.awards.AwardsFeed;
import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentFeed;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropLanderTest {

    private static final String FEED = "enrollment";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-03-05T01:00:00Z"), ZoneId.of("Asia/Seoul"));
    private static final LocalDateTime NOW = LocalDateTime.of(2021, 3, 5, 10, 0);
    private static final long JOB = 7L;
    private static final String HEADER = "applicant_id,cohort,course_start,course_end,planned_hours,name,rrn,email,"
            + "phone,home_region,status,applied_on,status_on,hours_attended,dormitory,updated_at";

    @TempDir
    Path tmp;

    private Path inbox;
    private DataDir dataDir;
    private JdbcDataSource dataSource;
    private DropLedger ledger;
    private DropLander lander;

    @BeforeEach
    void setUp() throws IOException {
        inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.createDirectories(inbox.resolve(FEED));
        dataDir = new DataDir(tmp.resolve("data"));
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ledger = new DropLedger(dataSource);
        ledger.initialize();
        lander = new DropLander(ledger, dataDir, UnpackLimits.defaults(), CLOCK);
    }

    @AfterEach
    void shutDown() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("shutdown");
        }
    }

    @Test
    void landsAPlainCsvDropAndRecordsItInTheLedger() throws IOException {
        // given
        Path drop = drop("enrollment_20210301.csv", csv(3));

        // when
        List<LandingEvent> events = land();

        // then
        assertThat(events).containsExactly(new LandingEvent(FEED, "enrollment_20210301.csv", DropStatus.LANDED, null));
        LedgerEntry entry = single();
        assertThat(entry.feed()).isEqualTo(FEED);
        assertThat(entry.dropName()).isEqualTo("enrollment_20210301.csv");
        assertThat(entry.sha256()).isEqualTo(Sha256.of(drop));
        assertThat(entry.sizeBytes()).isEqualTo(Files.size(drop));
        assertThat(entry.dropDate()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(entry.dropSeq()).isZero();
        assertThat(entry.status()).isEqualTo(DropStatus.LANDED);
        assertThat(entry.firstSeenAt()).isEqualTo(NOW);
        assertThat(entry.ingestDate()).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(entry.jobExecutionId()).isEqualTo(JOB);
        assertThat(entry.reason()).isNull();
        assertThat(entry.rowsLoaded()).isNull();
    }

    @Test
    void copiesThePlainDropIntoItsLandingFolder() throws IOException {
        // given
        byte[] content = csv(3);
        Path drop = drop("enrollment_20210301.csv", content);

        // when
        land();

        // then
        Path landing = dataDir.landing(FEED, Sha256.of(drop));
        assertThat(filesUnder(landing)).containsExactly("enrollment_20210301.csv");
        assertThat(landing.resolve("enrollment_20210301.csv")).hasBinaryContent(content);
        assertThat(drop).exists();
    }

    @Test
    void landsAGzipDropAsDeliveredItsDigestThatOfTheLandedBytes() throws IOException {
        // given
        byte[] content = csv(4);
        Path drop = gzip("enrollment_20210302_1.csv.gz", content);

        // when
        List<LandingEvent> events = land();

        // then: kept compressed (the ingest decompresses it), under its delivered name
        assertThat(events).extracting(LandingEvent::status).containsExactly(DropStatus.LANDED);
        Path landing = dataDir.landing(FEED, Sha256.of(drop));
        assertThat(filesUnder(landing)).containsExactly("enrollment_20210302_1.csv.gz");
        assertThat(landing.resolve("enrollment_20210302_1.csv.gz")).hasSameBinaryContentAs(drop);
        assertThat(Sha256.of(landing.resolve("enrollment_20210302_1.csv.gz"))).isEqualTo(single().sha256());
        assertThat(single().dropSeq()).isEqualTo(1);
        assertThat(dataDir.incoming()).isEmptyDirectory();
    }

    @Test
    void rejectsAPlainDropLargerThanTheExpansionLimitBeforeCopyingIt() throws IOException {
        // given
        drop("enrollment_20210301.csv", csv(200));
        DropLander small = new DropLander(ledger, dataDir, new UnpackLimits(1000, 200), CLOCK);

        // when
        small.land(inbox, List.of(new EnrollmentFeed()), JOB);

        // then
        assertThat(single().status()).isEqualTo(DropStatus.REJECTED);
        assertThat(single().reason()).isEqualTo("expanded size passes the limit of 1000 bytes");
        assertThat(dataDir.landing(FEED, single().sha256())).doesNotExist();
    }

    @Test
    void rejectsADropThatIsNoDataFileOfItsFeedPlainOrCompressed() throws IOException {
        // given
        drop("enrollment_20210301.json", "{}".getBytes(UTF_8));
        gzip("enrollment_20210302.json.gz", "{}".getBytes(UTF_8));

        // when
        land();

        // then
        assertThat(ledger.all()).extracting(LedgerEntry::status).containsOnly(DropStatus.REJECTED);
        assertThat(ledger.all()).extracting(LedgerEntry::reason).containsExactly(
                "drop 'enrollment_20210301.json' is not a data file of this feed",
                "'enrollment_20210302.json' inside enrollment_20210302.json.gz is not a data file of this feed");
    }

    @Test
    void rejectsAZipWithAClimbingEntryAndQuarantinesIt() throws IOException {
        // given
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("applicants.csv", csv(2));
        entries.put("../evil.csv", csv(1));
        Path drop = zip("enrollment_20210303.zip", entries);
        byte[] original = Files.readAllBytes(drop);

        // when
        List<LandingEvent> events = land();

        // then
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(DropStatus.REJECTED);
            assertThat(e.detail()).contains("unsafe entry path '../evil.csv'");
        });
        LedgerEntry entry = single();
        assertThat(entry.status()).isEqualTo(DropStatus.REJECTED);
        assertThat(entry.reason()).contains("unsafe entry path");
        assertThat(entry.dropDate()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertQuarantined("enrollment_20210303.zip", original, entry.reason());
        assertThat(dataDir.landing(FEED, entry.sha256())).doesNotExist();
        assertThat(tmp.resolve("data/landing/enrollment/evil.csv")).doesNotExist();
        assertThat(tmp.resolve("data/landing/evil.csv")).doesNotExist();
    }

    @Test
    void rejectsADropLackingARequiredColumn() throws IOException {
        // given
        String withoutRrn = new String(csv(2), UTF_8).replace(",rrn,", ",resident_no,");
        Path drop = drop("enrollment_20210304.csv", withoutRrn.getBytes(UTF_8));

        // when
        List<LandingEvent> events = land();

        // then
        LedgerEntry entry = single();
        assertThat(entry.status()).isEqualTo(DropStatus.REJECTED);
        assertThat(entry.reason()).isEqualTo("enrollment_20210304.csv lacks required column(s) rrn");
        assertThat(events).extracting(LandingEvent::detail).containsExactly(entry.reason());
        assertQuarantined("enrollment_20210304.csv", Files.readAllBytes(drop), entry.reason());
        assertThat(dataDir.landing(FEED, entry.sha256())).doesNotExist();
    }

    @Test
    void rejectsADropNamingAColumnTwice() throws IOException {
        // given
        String twice = HEADER + ",NAME\n";
        drop("enrollment_20210304.csv", twice.getBytes(UTF_8));

        // when
        land();

        // then
        assertThat(single().reason()).contains("more than once").contains("name");
    }

    @Test
    void rejectsAnEmptyCsvFile() throws IOException {
        // given
        drop("enrollment_20210304.csv", new byte[0]);

        // when
        land();

        // then
        assertThat(single().status()).isEqualTo(DropStatus.REJECTED);
        assertThat(single().reason()).contains("cannot be read").contains("empty");
    }

    @Test
    void rejectsAnEnrollmentFileThatIsNotUtf8AsAWhole() throws IOException {
        // given: the same rows exported in CP949, as a legacy system would
        byte[] cp949 = new String(csv(3), UTF_8).getBytes(java.nio.charset.Charset.forName("x-windows-949"));
        drop("enrollment_20210304.csv", cp949);

        // when
        land();

        // then
        assertThat(single().status()).isEqualTo(DropStatus.REJECTED);
        assertThat(single().reason()).contains("not valid UTF-8");
    }

    @Test
    void rejectsABadlyNamedFile() throws IOException {
        // given
        Path drop = drop("applicants-march.csv", csv(1));

        // when
        land();

        // then
        LedgerEntry entry = single();
        assertThat(entry.status()).isEqualTo(DropStatus.REJECTED);
        assertThat(entry.reason()).contains("does not match <feed>_<yyyyMMdd>[_<seq>].<ext>");
        assertThat(entry.dropDate()).isNull();
        assertThat(entry.dropSeq()).isNull();
        assertQuarantined("applicants-march.csv", Files.readAllBytes(drop), entry.reason());
    }

    @Test
    void rejectsAFileNamedForAnotherFeed() throws IOException {
        // given
        drop("employment_20210301.csv", csv(1));

        // when
        land();

        // then
        assertThat(single().status()).isEqualTo(DropStatus.REJECTED);
        assertThat(single().reason()).contains("named for the employment feed");
    }

    @Test
    void rejectsACorruptGzip() throws IOException {
        // given
        Path drop = gzip("enrollment_20210305.csv.gz", csv(200));
        byte[] all = Files.readAllBytes(drop);
        Files.write(drop, Arrays.copyOf(all, all.length / 2));

        // when
        land();

        // then
        assertThat(single().status()).isEqualTo(DropStatus.REJECTED);
        assertThat(single().reason()).contains("corrupt or truncated gzip");
        assertThat(dataDir.landing(FEED, single().sha256())).doesNotExist();
    }

    @Test
    void rejectsAnArchiveWithoutADataFile() throws IOException {
        // given
        Path drop = zip("enrollment_20210305.zip", Map.of("README.txt", "nothing here".getBytes(UTF_8)));

        // when
        land();

        // then
        assertThat(single().status()).isEqualTo(DropStatus.REJECTED);
        assertThat(single().reason()).contains("no data file in enrollment_20210305.zip");
        assertQuarantined("enrollment_20210305.zip", Files.readAllBytes(drop), single().reason());
    }

    @Test
    void rejectsAnUnsupportedFileType() throws IOException {
        // given
        drop("enrollment_20210305.txt", csv(1));

        // when
        land();

        // then
        assertThat(single().status()).isEqualTo(DropStatus.REJECTED);
        assertThat(single().reason()).contains("unsupported file type 'enrollment_20210305.txt'");
        assertThat(single().dropDate()).isEqualTo(LocalDate.of(2021, 3, 5));
    }

    @Test
    void marksTheSameBytesUnderANewNameAsDuplicate() throws IOException {
        // given
        byte[] content = csv(3);
        drop("enrollment_20210301.csv", content);
        drop("enrollment_20210308.csv", content);

        // when
        List<LandingEvent> events = land();

        // then
        assertThat(events).extracting(LandingEvent::status).containsExactly(DropStatus.LANDED, DropStatus.DUPLICATE);
        assertThat(events.get(1).detail()).isEqualTo("same bytes as enrollment_20210301.csv");
        LedgerEntry duplicate = ledger.all().get(1);
        assertThat(duplicate.dropName()).isEqualTo("enrollment_20210308.csv");
        assertThat(duplicate.status()).isEqualTo(DropStatus.DUPLICATE);
        assertThat(duplicate.duplicateOf()).isEqualTo("enrollment_20210301.csv");
        assertThat(ledger.landed(FEED)).extracting(LedgerEntry::dropName).containsExactly("enrollment_20210301.csv");
        assertThat(dataDir.quarantine(FEED)).doesNotExist();
    }

    @Test
    void marksARedeliveryInALaterRunAsDuplicate() throws IOException {
        // given
        byte[] content = csv(3);
        drop("enrollment_20210301.csv", content);
        land();
        drop("enrollment_20210310.csv", content);

        // when
        List<LandingEvent> events = land();

        // then
        assertThat(events).extracting(LandingEvent::dropName, LandingEvent::status)
                .containsExactly(tuple("enrollment_20210310.csv", DropStatus.DUPLICATE));
    }

    @Test
    void passesOverEveryKnownDropOnTheNextRun() throws IOException {
        // given
        byte[] content = csv(3);
        drop("enrollment_20210301.csv", content);
        drop("enrollment_20210302.csv", content);
        drop("enrollment_20210303.csv", "applicant_id\nA1\n".getBytes(UTF_8));
        drop("whatever.csv", csv(1));
        List<LandingEvent> first = land();
        List<LedgerEntry> before = ledger.all();

        // when
        List<LandingEvent> second = land();

        // then
        assertThat(first).extracting(LandingEvent::status).containsExactly(DropStatus.LANDED,
                DropStatus.DUPLICATE, DropStatus.REJECTED, DropStatus.REJECTED);
        assertThat(second).isEmpty();
        assertThat(ledger.all()).isEqualTo(before);
    }

    @Test
    void landsACorrectedFileUnderAKnownNameAsANewDrop() throws IOException {
        // given
        Path drop = drop("enrollment_20210301.csv", "applicant_id\nA1\n".getBytes(UTF_8));
        land();
        Files.write(drop, csv(2));

        // when
        List<LandingEvent> events = land();

        // then
        assertThat(events).extracting(LandingEvent::status).containsExactly(DropStatus.LANDED);
        assertThat(ledger.all()).extracting(LedgerEntry::dropName, LedgerEntry::status).containsExactly(
                tuple("enrollment_20210301.csv", DropStatus.REJECTED),
                tuple("enrollment_20210301.csv", DropStatus.LANDED));
        assertThat(ledger.all().get(0).sha256()).isNotEqualTo(ledger.all().get(1).sha256());
        assertThat(dataDir.landing(FEED, Sha256.of(drop)).resolve("enrollment_20210301.csv")).exists();
    }

    @Test
    void notesUnknownColumnsAndSkippedEntries() throws IOException {
        // given
        String withMemo = new String(csv(2), UTF_8).replaceFirst("\n", ",Memo\n").replace("Y,2021-03-04T09:15:00\n",
                "Y,2021-03-04T09:15:00,x\n");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("march/applicants.csv", withMemo.getBytes(UTF_8));
        entries.put("README.txt", "see the contract".getBytes(UTF_8));
        Path drop = zip("enrollment_20210306.zip", entries);

        // when
        List<LandingEvent> events = land();

        // then
        LedgerEntry entry = single();
        assertThat(entry.status()).isEqualTo(DropStatus.LANDED);
        assertThat(entry.notes()).contains("march/applicants.csv: unknown column(s) ignored: Memo")
                .contains("skipped entries: README.txt");
        assertThat(events).extracting(LandingEvent::detail).containsExactly(entry.notes());
        assertThat(filesUnder(dataDir.landing(FEED, Sha256.of(drop)))).containsExactly("march/applicants.csv");
    }

    @Test
    void ignoresHiddenAndUnfinishedFiles() throws IOException {
        // given
        drop(".enrollment_20210301.csv", csv(1));
        drop("enrollment_20210301.csv.part", csv(1));
        drop("enrollment_20210301.csv.tmp", csv(1));

        // when
        List<LandingEvent> events = land();

        // then
        assertThat(events).isEmpty();
        assertThat(ledger.all()).isEmpty();
    }

    @Test
    void neverFollowsASymbolicLinkOutOfTheInboxNorCopiesItsTarget() throws IOException {
        // given: links to a valid drop elsewhere and to a secret of the data directory, with drop names
        Path elsewhere = Files.write(tmp.resolve("elsewhere.csv"), csv(2));
        Path secret = Files.writeString(Files.createDirectories(tmp.resolve("data/state")).resolve("pii.key"),
                "the-pseudonym-key-0123456789");
        Files.createSymbolicLink(inbox.resolve(FEED).resolve("enrollment_20210301.csv"), elsewhere);
        Files.createSymbolicLink(inbox.resolve(FEED).resolve("enrollment_20210302.csv"), secret);
        Files.createSymbolicLink(inbox.resolve(FEED).resolve("enrollment_20210303.csv"), Path.of("/etc/passwd"));

        // when
        LandingRun run = landRun();

        // then
        assertThat(run.events()).isEmpty();
        assertThat(ledger.all()).isEmpty();
        assertThat(run.passedOver()).extracting(PassedOver::describe).containsExactly(
                "enrollment/enrollment_20210301.csv: a symbolic link, not a regular file: not followed",
                "enrollment/enrollment_20210302.csv: a symbolic link, not a regular file: not followed",
                "enrollment/enrollment_20210303.csv: a symbolic link, not a regular file: not followed");
        assertThat(tmp.resolve("data/quarantine")).doesNotExist();
        assertThat(tmp.resolve("data/landing")).doesNotExist();
    }

    @Test
    void passesOverAndReportsSubFoldersAndNamedPipesWithoutOpeningThem() throws Exception {
        // given: a sub-folder holding a drop, and a named pipe nobody writes to (opening it would block)
        Files.createDirectories(inbox.resolve(FEED).resolve("2021-03")).resolve("enrollment_20210301.csv");
        Files.write(inbox.resolve(FEED).resolve("2021-03").resolve("enrollment_20210301.csv"), csv(1));
        Path fifo = inbox.resolve(FEED).resolve("enrollment_20210302.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        drop("enrollment_20210303.csv", csv(1));

        // when
        LandingRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), this::landRun);

        // then
        assertThat(run.events()).extracting(LandingEvent::dropName, LandingEvent::status)
                .containsExactly(tuple("enrollment_20210303.csv", DropStatus.LANDED));
        assertThat(run.passedOver()).extracting(PassedOver::describe).containsExactly(
                "enrollment/2021-03: a folder, not a regular file: not read (drops are files; an archive carries "
                        + "sub-folders)",
                "enrollment/enrollment_20210302.csv: a named pipe, not a regular file: not opened");
    }

    @Test
    void doesNotReadAFeedFolderThatIsASymbolicLink() throws IOException {
        // given
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.write(elsewhere.resolve("enrollment_20210301.csv"), csv(1));
        Files.delete(inbox.resolve(FEED));
        Files.createSymbolicLink(inbox.resolve(FEED), elsewhere);

        // when
        LandingRun run = landRun();

        // then
        assertThat(run.events()).isEmpty();
        assertThat(run.passedOver()).extracting(PassedOver::describe)
                .containsExactly("enrollment/: the feed folder is a symbolic link, not a folder: not read");
    }

    @Test
    void quarantinesTheCopyThatWasCheckedNotTheInboxFileAsItIsLater() throws IOException {
        // given: a rejected drop whose inbox file is replaced by a link once the run has read it
        byte[] original = "no header here\n".getBytes(UTF_8);
        Path drop = drop("enrollment_20210301.csv", original);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../evil.csv", csv(1));
        Path zip = zip("enrollment_20210302.zip", entries);
        byte[] zipBytes = Files.readAllBytes(zip);

        // when
        land();
        Files.delete(drop);
        Files.createSymbolicLink(drop, Path.of("/etc/passwd"));
        land();

        // then
        assertThat(dataDir.quarantine(FEED).resolve("enrollment_20210301.csv")).hasBinaryContent(original);
        assertThat(dataDir.quarantine(FEED).resolve("enrollment_20210302.zip")).hasBinaryContent(zipBytes);
        assertThat(dataDir.incoming()).isEmptyDirectory();
    }

    @Test
    void quarantineIsOwnerOnlyWhateverModeTheDropWasDeliveredWith() throws IOException {
        // given: a world-readable rejected drop, and a quarantine left world-readable by an older version
        Path old = Files.createDirectories(dataDir.quarantine("budget"));
        Files.writeString(old.resolve("budget_20200101.csv"), "old");
        Files.setPosixFilePermissions(dataDir.quarantine(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(old.resolve("budget_20200101.csv"), PosixFilePermissions.fromString("rw-r--r--"));
        Path drop = drop("enrollment_20210301.csv", "no header here\n".getBytes(UTF_8));
        Files.setPosixFilePermissions(drop, PosixFilePermissions.fromString("rw-rw-rw-"));

        // when
        land();

        // then
        Path quarantine = dataDir.quarantine(FEED);
        assertThat(modes(dataDir.quarantine(), quarantine, old)).containsOnly("rwx------");
        assertThat(modes(quarantine.resolve("enrollment_20210301.csv"), quarantine.resolve(
                "enrollment_20210301.csv.reason"), old.resolve("budget_20200101.csv"))).containsOnly("rw-------");
    }

    private static List<String> modes(Path... paths) throws IOException {
        List<String> modes = new ArrayList<>();
        for (Path path : paths) {
            modes.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
        }
        return modes;
    }

    @Test
    void rejectsAJsonArrayThatCannotBeSplitIntoElementsNamingThePosition() throws IOException {
        // given: the third element is cut off (element 2 is fine, so the first 10,000 records alone would pass)
        Files.createDirectories(inbox.resolve("awards"));
        Files.writeString(inbox.resolve("awards/awards_20210630.json"), "[" + award("AW-1") + ",\n"
                + award("AW-2") + ",\n{\"award_id\":\"AW-3\"");

        // when
        List<LandingEvent> events = lander.land(inbox, List.of(new AwardsFeed()), JOB).events();

        // then
        assertThat(events).extracting(LandingEvent::status).containsExactly(DropStatus.REJECTED);
        assertThat(events.get(0).detail()).isEqualTo("awards_20210630.json cannot be read: its JSON array cannot be "
                + "split into elements: the input ends inside the element at line 3, column 18 (element 3); the "
                + "elements after it cannot be told apart");
    }

    private static String award(String id) {
        return "{\"award_id\":\"" + id + "\",\"event\":{\"name\":\"해커톤\",\"held_on\":\"2021-06-01\"},"
                + "\"team\":{\"name\":\"T\",\"members\":[\"A-1\"]},\"cohort\":1,\"rank\":\"우수상\","
                + "\"prize_krw\":0}";
    }

    @Test
    void passesOverAFileChangedWithinTheSettleTimeAndLandsItOnceItIsOlder() throws IOException {
        // given
        DropLander settling = new DropLander(ledger, dataDir, UnpackLimits.defaults(), CLOCK, 1,
                Duration.ofSeconds(30));
        Path drop = drop("enrollment_20210301.csv", csv(2));
        Files.setLastModifiedTime(drop, FileTime.from(CLOCK.instant().minusSeconds(5)));

        // when
        LandingRun early = settling.land(inbox, List.of(new EnrollmentFeed()), JOB);
        Files.setLastModifiedTime(drop, FileTime.from(CLOCK.instant().minusSeconds(31)));
        LandingRun later = settling.land(inbox, List.of(new EnrollmentFeed()), JOB);

        // then
        assertThat(early.events()).isEmpty();
        assertThat(early.passedOver()).extracting(PassedOver::describe).containsExactly("enrollment/"
                + "enrollment_20210301.csv: still being written (it changed 5 s ago, within the settle time of 30 s):"
                + " not landed this run, loaded once it stops changing");
        assertThat(later.events()).extracting(LandingEvent::status).containsExactly(DropStatus.LANDED);
        assertThat(later.passedOver()).isEmpty();
    }

    @Test
    void passesOverAFileAppendedToWhileItIsLandedThenLandsItWholeWithTheDigestOfItsBytes() throws Exception {
        // given: a big drop that a thread keeps appending rows to
        Path drop = drop("enrollment_20210301.csv", csv(100_000));
        AtomicBoolean appending = new AtomicBoolean(true);
        Thread appender = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(drop, StandardOpenOption.APPEND)) {
                for (int i = 0; appending.get(); i++) {
                    out.write(("Z-" + i + ",3,2021-03-02,2021-08-31,960,김철수,900101-1538201,,,광주,입교,2021-01-15,"
                            + "2021-03-02,120,Y,2021-03-04T09:15:00\n").getBytes(UTF_8));
                    out.flush();
                    Thread.sleep(1);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        appender.start();

        // when
        LandingRun whileAppended;
        try {
            whileAppended = landRun();
        } finally {
            appending.set(false);
            appender.join();
        }
        LandingRun afterwards = landRun();

        // then
        assertThat(whileAppended.events()).isEmpty();
        assertThat(whileAppended.passedOver()).singleElement().extracting(PassedOver::reason).asString()
                .startsWith("still being written (it changed while it was ");
        assertThat(ledger.all()).hasSize(1);
        LedgerEntry entry = single();
        assertThat(entry.sha256()).isEqualTo(Sha256.of(drop));
        assertThat(entry.sizeBytes()).isEqualTo(Files.size(drop));
        assertThat(dataDir.landing(FEED, entry.sha256()).resolve("enrollment_20210301.csv"))
                .hasSameBinaryContentAs(drop);
        assertThat(afterwards.events()).extracting(LandingEvent::status).containsExactly(DropStatus.LANDED);
        assertThat(dataDir.incoming()).isEmptyDirectory();
    }

    @Test
    void landsDropsInDateAndSequenceOrderAndBadNamesLast() throws IOException {
        // given
        drop("enrollment_20210302.csv", csv(1, "B"));
        drop("enrollment_20210301_2.csv", csv(1, "C"));
        drop("aaa.csv", csv(1, "D"));
        drop("enrollment_20210301.csv", csv(1, "E"));

        // when
        List<LandingEvent> events = land();

        // then
        assertThat(events).extracting(LandingEvent::dropName).containsExactly("enrollment_20210301.csv",
                "enrollment_20210301_2.csv", "enrollment_20210302.csv", "aaa.csv");
    }

    @Test
    void landsNothingWhenTheFeedHasNoInboxFolder() throws IOException {
        // given
        Files.delete(inbox.resolve(FEED));

        // when / then
        assertThat(land()).isEmpty();
    }

    private List<LandingEvent> land() throws IOException {
        return landRun().events();
    }

    private LandingRun landRun() throws IOException {
        return lander.land(inbox, List.of(new EnrollmentFeed()), JOB);
    }

    private LedgerEntry single() {
        List<LedgerEntry> all = ledger.all();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private void assertQuarantined(String name, byte[] original, String reason) {
        Path quarantine = dataDir.quarantine(FEED);
        assertThat(quarantine.resolve(name)).hasBinaryContent(original);
        assertThat(quarantine.resolve(name + ".reason")).hasContent(reason);
    }

    private Path drop(String name, byte[] content) throws IOException {
        return Files.write(inbox.resolve(FEED).resolve(name), content);
    }

    private Path gzip(String name, byte[] content) throws IOException {
        Path file = inbox.resolve(FEED).resolve(name);
        try (OutputStream out = new GzipCompressorOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = inbox.resolve(FEED).resolve(name);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    private static byte[] csv(int rows) {
        return csv(rows, "A");
    }

    /** A valid enrollment CSV; the prefix makes applicant ids (and so the bytes) differ between files. */
    private static byte[] csv(int rows, String prefix) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            sb.append(prefix).append(String.format("-%04d", i))
                    .append(",3,2021-03-02,2021-08-31,960,김철수,900101-15382").append(String.format("%02d", i))
                    .append(",kim.cs@example.com,010-2345-6789,광주,입교,2021-01-15,2021-03-02,120,Y,")
                    .append("2021-03-04T09:15:00\n");
        }
        return sb.toString().getBytes(UTF_8);
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
