package kr.aiacademy.etl.pipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the demo rows say once read back: the reported figures, the bad rows, the repeat applicants. */
class DemoInboxGeneratorTest {

    @TempDir
    static Path inbox;
    static Path enrollment;
    static List<DropReader.Row> rows;

    @BeforeAll
    static void writeDemoInbox() throws IOException {
        DemoInboxGenerator.writeDemoInbox(inbox);
        enrollment = inbox.resolve("enrollment");
        rows = DropReader.readAll(enrollment);
    }

    @Test
    void latestRowPerApplicationGivesTheReportedFigures() {
        Map<String, DropReader.Row> current = new HashMap<>();
        for (DropReader.Row row : validRows()) {
            current.merge(row.get("applicant_id"), row, (a, b) ->
                    Expectations.timestamp(b.get("updated_at")).isAfter(Expectations.timestamp(a.get("updated_at")))
                            ? b : a);
        }
        assertThat(figures(current.values(), "1")).containsExactly(1160L, 200L, 155L, 73L, 45L);
        assertThat(figures(current.values(), "2")).containsExactly(609L, 180L, 0L, 0L, 3L);
        assertThat(current.keySet()).filteredOn(id -> id.startsWith("A1-")).hasSize(1160)
                .allMatch(id -> id.matches("A1-(0\\d{3}|1(0\\d\\d|1[0-5]\\d|160))"));
        assertThat(current.keySet()).filteredOn(id -> id.startsWith("A2-")).hasSize(609)
                .allMatch(id -> id.compareTo("A2-0001") >= 0 && id.compareTo("A2-0609") <= 0);
    }

    @Test
    void containsExactlySevenBadRowsEachBreakingOneRule() {
        List<DropReader.Row> bad = rows.stream().filter(r -> r.get("applicant_id").startsWith("A1-900")).toList();
        assertThat(bad).extracting(r -> r.get("applicant_id")).containsExactly(
                "A1-9001", "A1-9002", "A1-9003", "A1-9004", "A1-9005", "A1-9006", "A1-9007");
        assertThat(bad).extracting(this::brokenRules).containsExactly(List.of("invalid_rrn"),
                List.of("unknown_region"), List.of("status_before_applied"), List.of("unknown_status"),
                List.of("missing_name"), List.of("unknown_region"), List.of("invalid_rrn"));
        assertThat(bad.get(0).get("rrn")).isEqualTo("901301-1234567");
        assertThat(bad.get(6).get("rrn")).isEqualTo("12345");
        assertThat(rows).hasSize(1160 + 205 + 200 + 200 + 5 + 609 + 180 + 3);
    }

    @Test
    void everyOtherRowIsValidAndCohortFactsAgree() {
        assertThat(validRows()).hasSize(rows.size() - DemoInboxGenerator.BAD_ROWS)
                .allSatisfy(row -> assertThat(brokenRules(row)).as(row.toString()).isEmpty());
        assertThat(validRows()).filteredOn(r -> Expectations.status(r.get("status")).equals("APPLIED"))
                .hasSize(1160 + 609).allSatisfy(r -> {
                    assertThat(r.get("hours_attended")).isEmpty();
                    assertThat(r.get("dormitory")).isEmpty();
                    assertThat(r.get("status_on")).isEqualTo(r.get("applied_on"));
                });
        Map<String, Set<List<Object>>> facts = validRows().stream().collect(Collectors.groupingBy(r -> r.get("cohort"),
                TreeMap::new, Collectors.mapping(r -> List.<Object>of(Expectations.date(r.get("course_start")),
                        Expectations.date(r.get("course_end")), r.get("planned_hours")), Collectors.toSet())));
        assertThat(facts).containsOnlyKeys("1", "2");
        assertThat(facts.get("1")).containsExactly(List.of(LocalDate.of(2020, 10, 5),
                LocalDate.of(2021, 5, 14), "960"));
        assertThat(facts.get("2")).containsExactly(List.of(LocalDate.of(2021, 7, 5),
                LocalDate.of(2022, 2, 25), "1120"));
    }

    @Test
    void fortyRejectedCohortOneApplicantsApplyAgainAndTenMoved() {
        Map<String, List<DropReader.Row>> byPerson = validRows().stream()
                .filter(r -> Expectations.status(r.get("status")).equals("APPLIED"))
                .collect(Collectors.groupingBy(r -> Expectations.rrnDigits(r.get("rrn"))));
        List<List<DropReader.Row>> twice = byPerson.values().stream().filter(l -> l.size() > 1).toList();
        assertThat(byPerson).hasSize(DemoInboxGenerator.DISTINCT_PERSONS);
        assertThat(twice).hasSize(40).allSatisfy(pair -> {
            assertThat(pair).extracting(r -> r.get("cohort")).containsExactlyInAnyOrder("1", "2");
            assertThat(pair).extracting(r -> r.get("name")).containsOnly(pair.get(0).get("name"));
        });
        assertThat(twice).filteredOn(pair -> !Expectations.regionCode(pair.get(0).get("home_region"))
                .equals(Expectations.regionCode(pair.get(1).get("home_region")))).hasSize(10);
        assertThat(twice).filteredOn(pair -> !pair.get(0).get("rrn").equals(pair.get(1).get("rrn"))).hasSize(20);
    }

    @Test
    void staleReExportIsOlderThanTheCompletedRows() {
        Map<String, DropReader.Row> completed = new HashMap<>();
        rows.stream().filter(r -> r.drop().equals("enrollment_20210514.csv.gz"))
                .forEach(r -> completed.put(r.get("applicant_id"), r));
        List<DropReader.Row> stale = rows.stream().filter(r -> r.drop().equals("enrollment_20210520.csv"))
                .filter(r -> !r.get("applicant_id").startsWith("A1-900")).toList();
        assertThat(stale).hasSize(3).allSatisfy(r -> {
            assertThat(Expectations.status(r.get("status"))).isEqualTo("ENROLLED");
            assertThat(r.get("updated_at")).isEqualTo("2021-03-02 10:00:00");
            assertThat(Expectations.status(completed.get(r.get("applicant_id")).get("status")))
                    .isEqualTo("COMPLETED");
        });
    }

    @Test
    void personalValuesCoverEveryNameRrnEmailAndPhoneInTheFiles() {
        Set<String> values = DemoInboxGenerator.demoPersonalValues();
        List<String> written = new ArrayList<>();
        for (DropReader.Row r : rows) {
            for (String column : List.of("name", "rrn", "email", "phone")) {
                if (!r.get(column).isEmpty()) {
                    written.add(r.get(column));
                }
            }
        }
        assertThat(values).contains(rows.get(0).get("name"), rows.get(0).get("rrn"), "901301-1234567", "12345")
                .containsExactlyInAnyOrderElementsOf(Set.copyOf(written));
    }

    @Test
    void completerIdsAreTheCompletedApplications() {
        List<String> completed = rows.stream().filter(r -> r.drop().equals("enrollment_20210514.csv.gz"))
                .filter(r -> Expectations.status(r.get("status")).equals("COMPLETED"))
                .map(r -> r.get("applicant_id")).sorted().toList();
        assertThat(DemoInboxGenerator.cohort1CompleterIds()).hasSize(155).isEqualTo(completed);
    }

    private static List<DropReader.Row> validRows() {
        return rows.stream().filter(r -> !r.get("applicant_id").startsWith("A1-900")).toList();
    }

    /** applicants, admitted, completers, local completers, dropped of one cohort. */
    private static List<Long> figures(Collection<DropReader.Row> current, String cohort) {
        List<DropReader.Row> c = current.stream().filter(r -> r.get("cohort").equals(cohort)).toList();
        long admitted = c.stream().filter(r -> !Expectations.status(r.get("status")).equals("APPLIED")).count();
        List<DropReader.Row> completers = c.stream()
                .filter(r -> Expectations.status(r.get("status")).equals("COMPLETED")).toList();
        long local = completers.stream()
                .filter(r -> Expectations.regionCode(r.get("home_region")) == Expectations.GWANGJU).count();
        long dropped = c.stream().filter(r -> Expectations.status(r.get("status")).equals("DROPPED")).count();
        return List.of((long) c.size(), admitted, (long) completers.size(), local, dropped);
    }

    /** The contract's row rules this row breaks (empty when valid). */
    private List<String> brokenRules(DropReader.Row r) {
        List<String> broken = new ArrayList<>();
        if (r.get("name").isEmpty()) {
            broken.add("missing_name");
        }
        if (!Expectations.validRrn(r.get("rrn"))) {
            broken.add("invalid_rrn");
        }
        if (Expectations.regionCode(r.get("home_region")) == null) {
            broken.add("unknown_region");
        }
        if (Expectations.status(r.get("status")) == null) {
            broken.add("unknown_status");
        }
        if (Expectations.date(r.get("status_on")).isBefore(Expectations.date(r.get("applied_on")))) {
            broken.add("status_before_applied");
        }
        if (Integer.parseInt(r.get("cohort")) < 1 || Integer.parseInt(r.get("planned_hours")) <= 0) {
            broken.add("invalid_cohort");
        }
        if (!r.get("hours_attended").isEmpty() && Integer.parseInt(r.get("hours_attended")) < 0) {
            broken.add("invalid_hours_attended");
        }
        if (!r.get("dormitory").isEmpty() && !Set.of("Y", "N").contains(r.get("dormitory"))) {
            broken.add("invalid_dormitory");
        }
        Expectations.timestamp(r.get("updated_at"));
        return broken;
    }
}
