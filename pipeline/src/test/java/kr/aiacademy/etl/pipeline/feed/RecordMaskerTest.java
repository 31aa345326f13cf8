package kr.aiacademy.etl.pipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.pipeline.enrollment.EnrollmentFeed;
import org.junit.jupiter.api.Test;

class RecordMaskerTest {

    private final RecordMasker masker = new RecordMasker(new EnrollmentFeed());

    @Test
    void masksEveryPersonalColumn() {
        // given
        SourceRecord record = record(row());

        // when
        String masked = masker.mask(record);

        // then
        assertThat(masked).contains("name=김**", "rrn=900101-1******", "email=k***@example.com",
                "phone=010-****-5678");
    }

    @Test
    void leavesNoPersonalValueInClear() {
        // given
        SourceRecord record = record(row());

        // when
        String masked = masker.mask(record);

        // then
        assertThat(masked).doesNotContain("김철수", "900101-1538264", "9001011538264", "538264",
                "kim.cs@example.com", "kim.cs", "010-2345-5678", "2345");
    }

    @Test
    void masksAnRrnWrittenWithoutHyphenTheSameWay() {
        // given
        Map<String, String> row = row();
        row.put("rrn", "9001011538264");

        // when
        String masked = masker.mask(record(row));

        // then
        assertThat(masked).contains("rrn=900101-1******").doesNotContain("1538264");
    }

    @Test
    void keepsNonPersonalKnownColumnsAsTheyAreInHeaderOrder() {
        // given
        SourceRecord record = record(row());

        // when
        String masked = masker.mask(record);

        // then
        assertThat(masked).startsWith("applicant_id=A-0001, cohort=3, name=김**")
                .contains("home_region=광주", "status=입교", "updated_at=2021-03-04T09:15:00");
    }

    @Test
    void omitsUnknownColumnsWhateverTheyHold() {
        // given
        Map<String, String> row = row();
        row.put("memo", "김철수 010-2345-5678");
        row.put("Guardian_Name", "김영수");

        // when
        String masked = masker.mask(record(row));

        // then
        assertThat(masked).doesNotContain("memo", "guardian", "김영수", "김철수");
    }

    @Test
    void matchesColumnsWhateverTheirCase() {
        // given
        Map<String, String> row = new LinkedHashMap<>();
        row.put("NAME", "김철수");
        row.put("Rrn", "900101-1538264");

        // when
        String masked = masker.mask(record(row));

        // then
        assertThat(masked).isEqualTo("name=김**, rrn=900101-1******");
    }

    @Test
    void writesBlankAndShapelessPersonalValuesWithoutEchoingThem() {
        // given
        Map<String, String> row = new LinkedHashMap<>();
        row.put("name", " ");
        row.put("rrn", "90-01-01-abc");
        row.put("email", "no-at-sign");
        row.put("phone", "12345");

        // when
        String masked = masker.mask(record(row));

        // then
        assertThat(masked).isEqualTo("name=, rrn=************, email=**********, phone=*****");
    }

    private static Map<String, String> row() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("applicant_id", "A-0001");
        row.put("cohort", "3");
        row.put("name", "김철수");
        row.put("rrn", "900101-1538264");
        row.put("email", "kim.cs@example.com");
        row.put("phone", "010-2345-5678");
        row.put("home_region", "광주");
        row.put("status", "입교");
        row.put("updated_at", "2021-03-04T09:15:00");
        return row;
    }

    private static SourceRecord record(Map<String, String> row) {
        List<String> names = new ArrayList<>(row.keySet());
        return new SourceRecord("enrollment_20210301.csv", 2, new Header(names),
                row.values().toArray(String[]::new), null);
    }
}
