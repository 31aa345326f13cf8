package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.TestInbox;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import kr.aiacademy.etl.pipeline.demo.DemoInboxGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four feeds over several runs into one data directory: late links, arrival order, latest states. */
class FeedsLoadIT {

    @TempDir
    Path dir;

    @Test
    void theDemoDeliveredOverTwoRunsEndsInTheSameFigures() throws Exception {
        Path demo = dir.resolve("demo");
        DemoInboxGenerator.writeDemoInbox(demo);
        Path inbox = dir.resolve("inbox");
        Path data = dir.resolve("data");
        copy(demo, inbox, "employment", "budget");

        Cli first = run(inbox, data);
        copy(demo, inbox, "enrollment", "awards");
        Cli second = run(inbox, data);

        assertThat(first.status()).isZero();
        assertThat(first.out()).contains("\"loaded\":6")
                .contains("217 employment record(s) for application(s) not known yet");
        assertThat(second.status()).isZero();
        assertThat(second.out()).contains("2 employment record(s)");
        assertThat(WarehouseQueries.query(data, "select positive_outcomes, outcome_rate, awards_won, awarded_teams, "
                + "prize_total_krw, budget_krw, cost_per_completer_krw from kpi_cohort where cohort = 1"))
                .containsExactly(List.of("130", "0.8387", "7", "9", "28000000", "3500000000", "22580645"));
        assertThat(WarehouseQueries.query(data, "select yoy_growth from kpi_budget where fiscal_year = 2021 "
                + "and program_code = 'GJ-AI-CITY'")).containsExactly(List.of("0.1485"));
        assertThat(WarehouseQueries.query(data, "select feed, status, count(*) from etl_drops group by all "
                + "order by 1, 2")).containsExactly(List.of("awards", "LOADED", "2"), List.of("budget", "LOADED", "3"),
                        List.of("employment", "LOADED", "3"), List.of("enrollment", "DUPLICATE", "1"),
                        List.of("enrollment", "LOADED", "7"));
    }

    @Test
    void anEmploymentRecordArrivingBeforeItsApplicationIsLinkedInALaterRun() throws Exception {
        Path inbox = dir.resolve("inbox");
        Path data = dir.resolve("data");
        TestInbox drops = new TestInbox(inbox);
        Files.createDirectories(inbox.resolve("employment"));
        Files.writeString(inbox.resolve("employment/employment_20210831.jsonl"), """
                {"applicant_id":"A-1","outcome":"취업","employer":{"brn":"410-81-23456","name":"(주)빛고을AI","region":"광주"},"surveyed_on":"2021-08-31"}
                """);
        Cli first = run(inbox, data);
        drops.csv("enrollment_20210514.csv", drops.row("A-1", 1, "COMPLETED", "광주", "2021-05-14 18:00:00"));

        Cli second = run(inbox, data);

        assertThat(first.out()).contains("1 employment record(s) for application(s) not known yet");
        assertThat(second.out()).doesNotContain("not known yet");
        assertThat(WarehouseQueries.query(data, "select o.application_key <> -1, o.cohort_key from "
                + "fact_employment_outcome o")).containsExactly(List.of("true", "1"));
        assertThat(WarehouseQueries.query(data, "select positive_outcomes, employment_rate from kpi_cohort"))
                .containsExactly(List.of("1", "1.0000"));
    }

    @Test
    void latestStatesWinWhateverOrderTheDropsArriveIn() throws Exception {
        Path inbox = dir.resolve("inbox");
        Path data = dir.resolve("data");
        TestInbox drops = new TestInbox(inbox);
        drops.csv("enrollment_20210514.csv", drops.row("A-1", 1, "COMPLETED", "광주", "2021-05-14 18:00:00"));
        write(inbox, "employment/employment_20211201.jsonl", """
                {"applicant_id":"A-1","outcome":"STARTUP","surveyed_on":"2021-11-30"}
                """);
        write(inbox, "budget/budget_20201231.csv", "회계연도,사업코드,재원,세목,예산액,집행액,기준일\n"
                + "2020,GJ-AI-ACADEMY,국비,운영비,\"1,000,000원\",,2020-12-31\n");
        write(inbox, "awards/awards_20210630.jsonl", """
                {"award_id":"AW-1","event":{"name":"해커톤","held_on":"2021-06-01"},"team":{"name":"T","members":["A-1"]},"cohort":1,"rank":"우수상","prize_krw":"1,000,000원"}
                """);
        assertThat(run(inbox, data).status()).isZero();
        write(inbox, "employment/employment_20211202.jsonl", """
                {"applicant_id":"A-1","outcome":"SEEKING","surveyed_on":"2021-08-31"}
                """);
        write(inbox, "budget/budget_20210105.csv", "회계연도,사업코드,재원,세목,예산액,집행액,기준일\n"
                + "2020,GJ-AI-ACADEMY,국비,운영비,900000,,2020-09-30\n");
        write(inbox, "awards/awards_20210701.json", """
                [{"award_id":"AW-1","event":{"name":"해커톤","held_on":"2021-06-01"},"team":{"name":"T","members":["A-1"]},"cohort":1,"rank":"대상","prize_krw":3000000}]
                """);

        assertThat(run(inbox, data).status()).isZero();

        assertThat(WarehouseQueries.query(data, "select outcome from fact_employment_outcome where is_current"))
                .containsExactly(List.of("STARTUP"));
        assertThat(WarehouseQueries.query(data, "select count(*) from fact_employment_outcome"))
                .containsExactly(List.of("2"));
        assertThat(WarehouseQueries.query(data, "select allocated_krw, executed_krw from kpi_budget"))
                .containsExactly(List.of("1000000", "0"));
        assertThat(WarehouseQueries.query(data, "select awards_won, awarded_teams, prize_total_krw from kpi_cohort"))
                .containsExactly(List.of("1", "1", "3000000"));
    }

    @Test
    void anEventDatedInTheFutureIsRejectedAndDoesNotBeatARealLaterRecord() throws Exception {
        Path inbox = dir.resolve("inbox");
        Path data = dir.resolve("data");
        TestInbox drops = new TestInbox(inbox);
        drops.csv("enrollment_20210514.csv", drops.row("A-1", 1, "COMPLETED", "광주", "2021-05-14 18:00:00"),
                drops.row("A-2", 2, "APPLIED", "광주", "2099-01-01 09:00:00"));
        write(inbox, "employment/employment_20210831.jsonl", """
                {"applicant_id":"A-1","outcome":"EMPLOYED","employer":{"brn":"410-81-23456","name":"(주)빛고을AI"},"surveyed_on":"2099-01-01"}
                {"applicant_id":"A-1","outcome":"SEEKING","surveyed_on":"2021-08-31"}
                """);

        assertThat(run(inbox, data).status()).isZero();

        assertThat(WarehouseQueries.query(data, "select feed, record_no, rule from etl_rejects order by 1"))
                .containsExactly(List.of("employment", "1", "future_date"), List.of("enrollment", "3", "future_date"));
        assertThat(WarehouseQueries.query(data, "select outcome from fact_employment_outcome where is_current"))
                .containsExactly(List.of("SEEKING"));
        assertThat(WarehouseQueries.query(data, "select applicant_id from fact_application"))
                .containsExactly(List.of("A-1"));
    }

    private static void write(Path inbox, String file, String content) throws Exception {
        Path path = inbox.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    private static void copy(Path from, Path to, String... feeds) throws Exception {
        for (String feed : feeds) {
            Path target = Files.createDirectories(to.resolve(feed));
            try (Stream<Path> files = Files.list(from.resolve(feed))) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        }
    }

    /** A run, then the invariant every drop test checks after every run. */
    private static Cli run(Path inbox, Path data) throws Exception {
        Cli run = Cli.run("run", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--quiet");
        DropInvariants.hold(data);
        return run;
    }
}
