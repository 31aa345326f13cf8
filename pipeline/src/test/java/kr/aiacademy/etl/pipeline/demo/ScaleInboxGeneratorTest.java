package kr.aiacademy.etl.pipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleInboxGeneratorTest {

    @Test
    void spreadsTheApplicationsOverDailyDropsDeterministically(@TempDir Path a, @TempDir Path b) throws IOException {
        DemoInboxGenerator.writeScaleInbox(a, 10_000, 3);
        DemoInboxGenerator.writeScaleInbox(b, 10_000, 3);

        List<String> names = List.of("enrollment_20240101.csv.gz", "enrollment_20240102.csv.gz",
                "enrollment_20240103.csv.gz");
        try (var files = Files.list(a.resolve("enrollment"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactlyElementsOf(names);
        }
        for (String name : names) {
            assertThat(Files.readAllBytes(a.resolve("enrollment").resolve(name)))
                    .isEqualTo(Files.readAllBytes(b.resolve("enrollment").resolve(name)));
        }
        List<DropReader.Row> rows = DropReader.readAll(a.resolve("enrollment"));
        assertThat(rows).hasSize(10_000);
        assertThat(rows.stream().collect(Collectors.groupingBy(DropReader.Row::drop, Collectors.counting())))
                .containsEntry(names.get(0), 3333L).containsEntry(names.get(1), 3333L)
                .containsEntry(names.get(2), 3334L);
        assertThat(rows.get(0).values().keySet()).containsExactlyElementsOf(CsvLayout.DEFAULT_COLUMNS);
    }

    @Test
    void writesValidLookingRowsInCohortsOfTwoThousand(@TempDir Path inbox) throws IOException {
        DemoInboxGenerator.writeScaleInbox(inbox, 10_000, 3);
        List<DropReader.Row> rows = DropReader.readAll(inbox.resolve("enrollment"));

        assertThat(rows.stream().map(r -> r.get("applicant_id")).distinct()).hasSize(10_000);
        assertThat(rows.get(0).get("applicant_id")).isEqualTo("S101-0001");
        assertThat(rows.get(9_999).get("applicant_id")).isEqualTo("S105-2000");
        Map<String, Set<String>> facts = rows.stream().collect(Collectors.groupingBy(r -> r.get("cohort"),
                Collectors.mapping(r -> r.get("course_start") + r.get("course_end") + r.get("planned_hours"),
                        Collectors.toSet())));
        assertThat(facts).containsOnlyKeys("101", "102", "103", "104", "105")
                .allSatisfy((cohort, f) -> assertThat(f).hasSize(1));
        long unknownRegion = rows.stream().filter(r -> Expectations.regionCode(r.get("home_region")) == null).count();
        assertThat(unknownRegion).isBetween(2L, 30L);
        assertThat(rows).filteredOn(r -> Expectations.regionCode(r.get("home_region")) != null).allSatisfy(r -> {
            assertThat(Expectations.validRrn(r.get("rrn"))).isTrue();
            assertThat(Expectations.status(r.get("status"))).isNotNull();
            assertThat(Expectations.date(r.get("status_on"))).isAfterOrEqualTo(Expectations.date(r.get("applied_on")));
            Expectations.timestamp(r.get("updated_at"));
        });
        Set<String> rrns = new HashSet<>();
        rows.forEach(r -> rrns.add(Expectations.rrnDigits(r.get("rrn"))));
        assertThat(rrns).hasSize(10_000);
        Map<String, Long> statuses = rows.stream()
                .collect(Collectors.groupingBy(r -> Expectations.status(r.get("status")), Collectors.counting()));
        assertThat(statuses.get("APPLIED")).isBetween(7_500L, 8_100L);
        assertThat(statuses).containsKeys("ADMITTED", "ENROLLED", "COMPLETED", "DROPPED");
    }

    @Test
    void refusesNonsenseSizes(@TempDir Path inbox) {
        assertThatThrownBy(() -> DemoInboxGenerator.writeScaleInbox(inbox, 10, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoInboxGenerator.writeScaleInbox(inbox, -1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
