package kr.aiacademy.etl.pipeline.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import kr.aiacademy.etl.pipeline.lake.LakeColumn;
import org.junit.jupiter.api.Test;

class EnrollmentFeedTest {

    private final EnrollmentFeed feed = new EnrollmentFeed();

    @Test
    void requiresTheContractsRequiredColumns() {
        assertThat(feed.requiredColumns()).containsExactlyInAnyOrder("applicant_id", "cohort", "course_start",
                "course_end", "planned_hours", "name", "rrn", "home_region", "status", "applied_on", "status_on",
                "updated_at");
    }

    @Test
    void knowsTheOptionalColumnsToo() {
        assertThat(feed.knownColumns()).containsAll(feed.requiredColumns())
                .contains("email", "phone", "hours_attended", "dormitory").hasSize(16);
    }

    @Test
    void masksNameRrnEmailAndPhone() {
        // when
        var personal = feed.personalColumns();

        // then
        assertThat(personal).containsOnlyKeys("name", "rrn", "email", "phone");
        assertThat(personal.get("name").apply("김철수")).isEqualTo("김**");
        assertThat(personal.get("rrn").apply("9001011538264")).isEqualTo("900101-1******");
        assertThat(personal.get("email").apply("kim.cs@example.com")).isEqualTo("k***@example.com");
        assertThat(personal.get("phone").apply("010-2345-6789")).isEqualTo("010-****-6789");
    }

    @Test
    void takesCsvFilesInAnyCaseAsDataFiles() {
        assertThat(feed.isDataFile("enrollment_20210301.csv")).isTrue();
        assertThat(feed.isDataFile("APPLICANTS.CSV")).isTrue();
        assertThat(feed.isDataFile("readme.txt")).isFalse();
        assertThat(feed.isDataFile("applicants.csv.bak")).isFalse();
    }

    @Test
    void hasNoPersonalColumnInTheLake() {
        assertThat(feed.lakeColumns()).extracting(LakeColumn::name)
                .doesNotContain("name", "rrn", "email", "phone")
                .contains("person_key", "birth_year", "sex", "home_region_code");
    }
}
