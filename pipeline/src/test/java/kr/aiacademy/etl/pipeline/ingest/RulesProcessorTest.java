package kr.aiacademy.etl.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentFeed;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentRecord;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentRows;
import kr.aiacademy.etl.pipeline.feed.SourceRecord;
import kr.aiacademy.etl.pipeline.inbox.DropStatus;
import kr.aiacademy.etl.pipeline.inbox.LedgerEntry;
import kr.aiacademy.etl.pipeline.lake.Lineage;
import kr.aiacademy.etl.pipeline.lake.RejectRow;
import kr.aiacademy.etl.pipeline.privacy.Pseudonymizer;
import org.junit.jupiter.api.Test;

/** Rejects echo no personal value, whatever column it is in, and no value longer than 200 characters. */
class RulesProcessorTest {

    private static final LedgerEntry DROP = new LedgerEntry(1, "enrollment", "enrollment_20210301.csv", "ab", 1,
            LocalDate.of(2021, 3, 1), 0, DropStatus.LANDED, null, null, null, null, null,
            LocalDateTime.of(2021, 3, 1, 9, 0), null, LocalDate.of(2021, 3, 1), 1L);
    private static final Lineage LINEAGE = new Lineage("enrollment", DROP.dropName(), "ab", DROP.dropDate(), 0,
            DROP.firstSeenAt(), DROP.firstSeenAt());

    private final RulesProcessor<EnrollmentRecord> processor = new RulesProcessor<>(new EnrollmentFeed(),
            new Pseudonymizer("rules-processor-test-key-0123".getBytes()));

    @Test
    void masksAPhoneNumberInAMislabelledColumnInTheDetailAndTheMaskedRecord() {
        Map<String, String> row = row();
        row.put("home_region", "010-3456-7890");

        RejectRow reject = rejectOf(row);

        assertThat(reject.rule()).isEqualTo("unknown_region");
        assertThat(reject.detail()).isEqualTo("home_region '010-****-7890' is not a known province or metropolitan "
                + "city");
        assertThat(reject.maskedRecord()).contains("home_region=010-****-7890").doesNotContain("3456");
    }

    @Test
    void masksAnRrnAndAnEmailGivenInOtherColumns() {
        Map<String, String> row = row();
        row.put("status", "900101-1538264");
        row.put("dormitory", "kim.cs@example.com");

        RejectRow reject = rejectOf(row);

        assertThat(reject.detail()).isEqualTo("status '900101-1******' is not one of APPLIED 지원, ADMITTED 합격, "
                + "ENROLLED 입교, COMPLETED 수료, DROPPED 중도탈락");
        assertThat(reject.maskedRecord()).contains("status=900101-1******", "dormitory=k***@example.com")
                .doesNotContain("1538264", "kim.cs");
    }

    @Test
    void cutsAHugeBadValueToTwoHundredCharactersInTheDetailAndTheMaskedRecord() {
        Map<String, String> row = row();
        row.put("home_region", "광".repeat(7_000_000));

        RejectRow reject = rejectOf(row);

        assertThat(reject.detail()).hasSize("home_region '' is not a known province or metropolitan city".length()
                + 200);
        assertThat(reject.maskedRecord()).contains("home_region=" + "광".repeat(199) + "…, status=")
                .hasSizeLessThan(1_000);
    }

    private RejectRow rejectOf(Map<String, String> row) {
        SourceRecord record = EnrollmentRows.record(row);
        IngestOutcome<EnrollmentRecord> outcome = processor.process(new IngestItem.Rows(DROP, LINEAGE,
                List.of(record)));
        IngestOutcome.Batch<EnrollmentRecord> batch = (IngestOutcome.Batch<EnrollmentRecord>) outcome;
        assertThat(batch.accepted()).isEmpty();
        return batch.rejected().get(0);
    }

    private static Map<String, String> row() {
        return EnrollmentRows.valid();
    }
}
