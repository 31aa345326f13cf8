package kr.aiacademy.etl.pipeline.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class DropLedgerTest {

    private static final LocalDateTime SEEN = LocalDateTime.of(2021, 3, 5, 10, 0);

    private JdbcDataSource dataSource;
    private DropLedger ledger;

    @BeforeEach
    void setUp() {
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
    void initializesTwiceWithoutLosingEntries() {
        // given
        ledger.record(entry("enrollment", "enrollment_20210301.csv", "a", DropStatus.LANDED));

        // when
        ledger.initialize();

        // then
        assertThat(ledger.all()).hasSize(1);
    }

    @Test
    void storesAndReadsBackEveryField() {
        // given
        LedgerEntry written = new LedgerEntry(0, "enrollment", "enrollment_20210301_2.csv", "ab".repeat(32), 1234,
                LocalDate.of(2021, 3, 1), 2, DropStatus.REJECTED, "bad drop", "some notes", "other.csv", 5L, 6L,
                SEEN, SEEN.plusHours(1), LocalDate.of(2021, 3, 5), 42L);

        // when
        ledger.record(written);

        // then
        LedgerEntry read = ledger.all().get(0);
        assertThat(read.dropId()).isPositive();
        assertThat(read).usingRecursiveComparison().ignoringFields("dropId").isEqualTo(written);
    }

    @Test
    void cutsAReasonAndNotesLongerThanTheirColumnsInsteadOfFailing() {
        // given
        LedgerEntry written = new LedgerEntry(0, "enrollment", "enrollment_20210301.csv", "c", 1, null, null,
                DropStatus.REJECTED, "r".repeat(5_000), "n".repeat(9_000), null, null, null, SEEN, null, null, null);

        // when
        ledger.record(written);

        // then
        LedgerEntry read = ledger.all().get(0);
        assertThat(read.reason()).hasSize(2_000).endsWith("r…");
        assertThat(read.notes()).hasSize(4_000).endsWith("n…");
    }

    @Test
    void storesNullsForAbsentFields() {
        // given
        LedgerEntry written = new LedgerEntry(0, "enrollment", "bad name.csv", "c", 1, null, null,
                DropStatus.REJECTED, "why", null, null, null, null, SEEN, null, null, null);

        // when
        ledger.record(written);

        // then
        assertThat(ledger.all().get(0)).usingRecursiveComparison().ignoringFields("dropId").isEqualTo(written);
    }

    @Test
    void knowsADropByFeedNameAndDigest() {
        // given
        ledger.record(entry("enrollment", "enrollment_20210301.csv", "a", DropStatus.REJECTED));

        // then
        assertThat(ledger.isKnown("enrollment", "enrollment_20210301.csv", "a")).isTrue();
        assertThat(ledger.isKnown("enrollment", "enrollment_20210301.csv", "b")).isFalse();
        assertThat(ledger.isKnown("enrollment", "enrollment_20210302.csv", "a")).isFalse();
        assertThat(ledger.isKnown("employment", "enrollment_20210301.csv", "a")).isFalse();
    }

    @Test
    void refusesTheSameFeedNameAndDigestTwice() {
        // given
        ledger.record(entry("enrollment", "enrollment_20210301.csv", "a", DropStatus.LANDED));

        // when / then
        assertThatThrownBy(() -> ledger.record(entry("enrollment", "enrollment_20210301.csv", "a",
                DropStatus.DUPLICATE))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aLoadedCorrectionSupersedesTheDropsOfItsNameLoadedBeforeItOnly() {
        // given
        ledger.record(entry("employment", "employment_20210831.jsonl", "a", DropStatus.LOADED));
        ledger.record(entry("employment", "employment_20210901.jsonl", "b", DropStatus.LOADED));
        ledger.record(entry("enrollment", "employment_20210831.jsonl", "c", DropStatus.LOADED));
        ledger.record(entry("employment", "employment_20210831.jsonl", "d", DropStatus.LANDED));
        long correction = ledger.landed("employment").get(0).dropId();

        // when
        ledger.markLoaded(correction, 3, 1, 2L);

        // then
        assertThat(ledger.all()).extracting(LedgerEntry::sha256, LedgerEntry::status).containsExactly(
                tuple("a", DropStatus.SUPERSEDED), tuple("b", DropStatus.LOADED), tuple("c", DropStatus.LOADED),
                tuple("d", DropStatus.LOADED));
        assertThat(ledger.loaded("employment")).extracting(LedgerEntry::sha256).containsExactly("d", "b");
    }

    @Test
    void aLandedCorrectionSupersedesADropOfItsNameNeverLoadedButNotALoadedOneYet() {
        // given
        ledger.record(entry("employment", "employment_20210831.jsonl", "a", DropStatus.LOADED));
        ledger.record(entry("employment", "employment_20210831.jsonl", "b", DropStatus.LANDED));

        // when
        ledger.record(entry("employment", "employment_20210831.jsonl", "c", DropStatus.LANDED));

        // then
        assertThat(ledger.all()).extracting(LedgerEntry::sha256, LedgerEntry::status).containsExactly(
                tuple("a", DropStatus.LOADED), tuple("b", DropStatus.SUPERSEDED), tuple("c", DropStatus.LANDED));
        assertThat(ledger.correctedBy("employment", "employment_20210831.jsonl", "d"))
                .map(LedgerEntry::sha256).contains("c");
    }

    @Test
    void findsTheFirstAcceptedDropWithADigestOnly() {
        // given
        ledger.record(entry("enrollment", "enrollment_20210301.csv", "a", DropStatus.REJECTED));
        ledger.record(entry("enrollment", "enrollment_20210302.csv", "a", DropStatus.LOADED));
        ledger.record(entry("enrollment", "enrollment_20210303.csv", "a", DropStatus.LANDED));
        ledger.record(entry("enrollment", "enrollment_20210304.csv", "b", DropStatus.DUPLICATE));

        // then
        assertThat(ledger.acceptedWithDigest("enrollment", "a")).contains("enrollment_20210302.csv");
        assertThat(ledger.acceptedWithDigest("enrollment", "b")).isEmpty();
        assertThat(ledger.acceptedWithDigest("employment", "a")).isEmpty();
    }

    @Test
    void listsLandedDropsOfAFeedInTheOrderTheyMustBeApplied() {
        // given
        ledger.record(entry("enrollment", "enrollment_20210302.csv", "a", LocalDate.of(2021, 3, 2), 0));
        ledger.record(entry("enrollment", "enrollment_20210301_2.csv", "b", LocalDate.of(2021, 3, 1), 2));
        ledger.record(entry("enrollment", "enrollment_20210301.csv", "c", LocalDate.of(2021, 3, 1), 0));
        ledger.record(entry("employment", "employment_20210301.csv", "d", LocalDate.of(2021, 3, 1), 0));
        ledger.record(entry("enrollment", "enrollment_20210228.csv", "e", DropStatus.LOADED));

        // when
        List<LedgerEntry> landed = ledger.landed("enrollment");

        // then
        assertThat(landed).extracting(LedgerEntry::dropName).containsExactly("enrollment_20210301.csv",
                "enrollment_20210301_2.csv", "enrollment_20210302.csv");
    }

    @Test
    void appliesOnlyTheCorrectionOfAFileWhoseOriginalWasNotLoadedYet() {
        // given: two versions of one file, both landed and not yet loaded; the later one has the lower digest
        ledger.record(entry("enrollment", "enrollment_20210301.csv", "ffff", LocalDate.of(2021, 3, 1), 0));
        ledger.record(entry("enrollment", "enrollment_20210301.csv", "0000", LocalDate.of(2021, 3, 1), 0));

        // when
        List<LedgerEntry> landed = ledger.landed("enrollment");

        // then
        assertThat(landed).extracting(LedgerEntry::sha256).containsExactly("0000");
        assertThat(ledger.all()).extracting(LedgerEntry::status).containsExactly(DropStatus.SUPERSEDED,
                DropStatus.LANDED);
    }

    @Test
    void marksADropLoadedWithItsCounts() {
        // given
        ledger.record(entry("enrollment", "enrollment_20210301.csv", "a", DropStatus.LANDED));
        long id = ledger.all().get(0).dropId();

        // when
        ledger.markLoaded(id, 10, 2, 99L);

        // then
        LedgerEntry loaded = ledger.all().get(0);
        assertThat(loaded.status()).isEqualTo(DropStatus.LOADED);
        assertThat(loaded.rowsLoaded()).isEqualTo(10L);
        assertThat(loaded.rowsRejected()).isEqualTo(2L);
        assertThat(loaded.jobExecutionId()).isEqualTo(99L);
        assertThat(loaded.loadedAt()).isNotNull();
        assertThat(ledger.landed("enrollment")).isEmpty();
        assertThat(ledger.loaded("enrollment")).extracting(LedgerEntry::dropId).containsExactly(id);
        assertThat(ledger.byJobExecution(99L)).extracting(LedgerEntry::dropId).containsExactly(id);
    }

    private static LedgerEntry entry(String feed, String name, String sha256, DropStatus status) {
        return new LedgerEntry(0, feed, name, sha256, 100, LocalDate.of(2021, 3, 1), 0, status, null, null, null,
                null, null, SEEN, null, LocalDate.of(2021, 3, 5), 1L);
    }

    private static LedgerEntry entry(String feed, String name, String sha256, LocalDate date, int seq) {
        return new LedgerEntry(0, feed, name, sha256, 100, date, seq, DropStatus.LANDED, null, null, null, null,
                null, SEEN, null, LocalDate.of(2021, 3, 5), 1L);
    }
}
