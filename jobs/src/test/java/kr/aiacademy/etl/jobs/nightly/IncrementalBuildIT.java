package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nights update the published warehouse instead of rebuilding it; after every night of a sequence with late, stale,
 * corrected and orphan rows in every feed, the updated warehouse equals a full rebuild ({@code ./etl rebuild}) of a
 * copy of the same data directory: every table and view, the build's own state included, and the surrogate keys.
 */
class IncrementalBuildIT extends InboxRunTest {

    private static final String BUDGET_HEADER = "회계연도,사업코드,재원,세목,예산액,집행액,기준일\n";

    @Test
    void everyNightsUpdateEqualsAFullRebuildOfTheSameLake() throws Exception {
        // night 1: four applications, one survey at an employer, one of a trainee not known yet, an award whose team
        // has a member not known yet, a budget line
        runs.drops.csv("enrollment_20210301.csv",
                runs.drops.row("A-1", 1, "ENROLLED", "광주", "2021-03-01 09:00:00"),
                runs.drops.row("A-2", 2, "APPLIED", "서울", "2021-03-01 09:00:00"),
                runs.drops.row("A-3", 3, "ENROLLED", "광주", "2021-03-01 09:00:00"),
                runs.drops.row("A-4", 4, "ADMITTED", "전남", "2021-03-01 09:00:00"));
        write("employment/employment_20210301.jsonl", """
                {"applicant_id":"A-1","outcome":"EMPLOYED","employer":{"brn":"410-81-23456","name":"(주)빛고을AI"},"surveyed_on":"2021-02-28"}
                {"applicant_id":"A-9","outcome":"SEEKING","surveyed_on":"2021-02-28"}
                """);
        write("awards/awards_20210301.jsonl", """
                {"award_id":"AW-1","event":{"name":"해커톤","held_on":"2021-02-20"},"team":{"name":"T","members":["A-1","A-9"]},"cohort":1,"rank":"우수상","prize_krw":"1,000,000원"}
                """);
        write("budget/budget_20210301.csv", BUDGET_HEADER + "2021,GJ-AI-ACADEMY,국비,운영비,1000000,,2021-02-28\n");
        night("built in full: no warehouse is published yet");

        // night 2: a stale row (older than A-1's current one), a newer state of moving (a new trainee
        // period), the employer renamed in a later survey, the award's rank raised, a newer budget snapshot
        runs.drops.csv("enrollment_20210401.csv",
                runs.drops.row("A-1", 1, "APPLIED", "광주", "2021-02-01 09:00:00"),
                runs.drops.row("A-2", 2, "ADMITTED", "서울", "2021-04-01 09:00:00"),
                runs.drops.row("A-3", 3, "ENROLLED", "서울", "2021-04-01 09:00:00"));
        write("employment/employment_20210401.jsonl", """
                {"applicant_id":"A-3","outcome":"EMPLOYED","employer":{"brn":"410-81-23456","name":"빛고을AI랩"},"surveyed_on":"2021-03-31"}
                """);
        write("awards/awards_20210401.jsonl", """
                {"award_id":"AW-1","event":{"name":"해커톤","held_on":"2021-02-20"},"team":{"name":"T","members":["A-1","A-9"]},"cohort":1,"rank":"대상","prize_krw":3000000}
                """);
        write("budget/budget_20210401.csv", BUDGET_HEADER + "2021,GJ-AI-ACADEMY,국비,운영비,1200000,300000,2021-03-31\n");
        night("updated");
        assertThat(WarehouseQueries.query(runs.data, "select count(*) from dim_trainee where trainee_key <> -1"))
                .containsExactly(List.of("5"));

        // night 3: night 2's enrollment drop corrected (A-3 did not move after all, A-2 dropped out); the orphan's
        // application arrives, and its survey and award membership, delivered before, link to it
        List<List<String>> keysBefore = WarehouseQueries.query(runs.data, "select applicant_id, application_key "
                + "from fact_application where applicant_id in ('A-1', 'A-4') order by 1");
        runs.drops.csv("enrollment_20210401.csv",
                runs.drops.row("A-1", 1, "APPLIED", "광주", "2021-02-01 09:00:00"),
                runs.drops.row("A-2", 2, "DROPPED", "서울", "2021-04-01 09:00:00"));
        runs.drops.csv("enrollment_20210501.csv",
                runs.drops.row("A-9", 9, "COMPLETED", "광주", "2021-05-01 09:00:00"));
        night("updated");
        assertThat(WarehouseQueries.query(runs.data, "select applicant_id, application_key from fact_application "
                + "where applicant_id in ('A-1', 'A-4') order by 1")).as("unchanged rows keep their keys")
                .isEqualTo(keysBefore);
        assertThat(WarehouseQueries.query(runs.data, "select count(*) from fact_employment_outcome "
                + "where application_key = -1")).containsExactly(List.of("0"));
        assertThat(WarehouseQueries.query(runs.data, "select status from etl_drops where drop_name = "
                + "'enrollment_20210401.csv' order by first_seen_at")).containsExactly(List.of("SUPERSEDED"),
                        List.of("LOADED"));

        // night 4: A-1's person applies to a second cohort with a row from between A-1's two rows in another
        // region: the person's periods split, and A-1's current row, itself unchanged, falls in a new period; an
        // application is rejected; an award names a cohort that does not exist
        String trainee = "select trainee_key from fact_application where applicant_id = 'A-1'";
        List<List<String>> a1Trainee = WarehouseQueries.query(runs.data, trainee);
        runs.drops.csv("enrollment_20210601.csv",
                runs.drops.row("B-1", 1, "APPLIED", "서울", "2021-02-15 09:00:00").replaceFirst(
                        ",1,2020-10-05,2021-05-14,960,", ",2,2021-07-05,2022-01-14,1120,"),
                runs.drops.row("B-2", 12, "APPLIED", "어딘가", "2021-06-01 09:00:00"));
        write("awards/awards_20210601.jsonl", """
                {"award_id":"AW-2","event":{"name":"경진대회","held_on":"2021-05-20"},"team":{"name":"U","members":["B-1"]},"cohort":7,"rank":"장려상","prize_krw":500000}
                """);
        night("updated");
        assertThat(WarehouseQueries.query(runs.data, "select cohort from kpi_cohort order by 1"))
                .containsExactly(List.of("1"), List.of("2"));
        assertThat(WarehouseQueries.query(runs.data, trainee)).isNotEqualTo(a1Trainee);

        // night 5: the first survey drop corrected: the orphan's survey changes, the employer's first survey goes
        write("employment/employment_20210301.jsonl", """
                {"applicant_id":"A-9","outcome":"GRAD_SCHOOL","surveyed_on":"2021-02-28"}
                """);
        night("updated");
        assertThat(WarehouseQueries.query(runs.data, "select count(*) from dim_employer where employer_key <> -1"))
                .containsExactly(List.of("1"));
    }

    /** A night on the inbox as it is now, built as said; then a full rebuild of a copy gives the same warehouse. */
    private void night(String how) throws Exception {
        Cli night = runs.run();
        assertThat(night.status()).as(night.out() + night.err()).isZero();
        JsonNode report = JsonMapper.shared().readTree(night.out());
        assertThat(report.get("note").asString()).contains("warehouse " + how);

        Path copy = dir.resolve("rebuilt-" + report.get("execution_id").asLong());
        copy(runs.data, copy);
        Cli rebuild = Cli.run("rebuild", "--data-dir", copy.toString(), "--quiet");
        assertThat(rebuild.status()).as(rebuild.out() + rebuild.err()).isZero();
        assertThat(JsonMapper.shared().readTree(rebuild.out()).get("note").asString())
                .contains("warehouse rebuilt in full");
        assertThat(WarehouseSnapshot.withBuildState(runs.data)).isEqualTo(WarehouseSnapshot.withBuildState(copy));
    }

    private void write(String file, String content) throws Exception {
        Path path = runs.inbox.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, LinkOption.NOFOLLOW_LINKS); // exports/latest stays a link
                }
            }
        }
    }
}
