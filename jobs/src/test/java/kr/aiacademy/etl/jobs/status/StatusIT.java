package kr.aiacademy.etl.jobs.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.jobs.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./etl status} on the loaded demo: freshness per feed, the last run, and an exit status to alert on. */
class StatusIT {

    @TempDir
    static Path data;

    @BeforeAll
    static void loadTheDemo() {
        assertThat(Cli.run("run", "--data-dir", data.toString(), "--quiet").status()).isZero();
    }

    @Test
    void justLoadedFeedsAreFreshAndTheStatusExitsZero() {
        Cli status = Cli.run("status", "--data-dir", data.toString());

        assertThat(status.status()).as(status.err()).isZero();
        assertThat(status.out()).contains("enrollment | enrollment_20210901.csv.bz2  | 2021-09-01")
                .containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d KST").contains("| FRESH ")
                .contains("awards     | awards_20211215.json").contains("UNCHECKED")
                .containsPattern("last run: execution \\d+ COMPLETED").contains("running now: no load")
                .contains("next fires: none");
    }

    @Test
    void aFeedPastItsErrorThresholdMakesTheStatusExitOneForMonitoring() {
        Cli status = Cli.run("status", "--data-dir", data.toString(), "--format", "json",
                "--etl.freshness.employment.warn-after=0s", "--etl.freshness.employment.error-after=0s");

        assertThat(status.status()).isEqualTo(1);
        Map<String, Object> json = JsonMapper.shared().readValue(status.out(), new TypeReference<>() {
        });
        assertThat(json).containsEntry("late", true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> feeds = (List<Map<String, Object>>) json.get("feeds");
        assertThat(feeds).extracting(f -> f.get("feed") + ":" + f.get("freshness"))
                .containsExactly("enrollment:FRESH", "employment:ERROR", "awards:UNCHECKED", "budget:FRESH");
        assertThat(feeds.get(1)).containsEntry("drop_name", "employment_20211130.jsonl.gz")
                .containsEntry("error_after_seconds", 0);
    }

    @Test
    void theRunReportSaysWhichFeedsAreLate() {
        Cli quiet = Cli.run("run", "--data-dir", data.toString(), "--quiet");
        assertThat(quiet.out()).contains("\"freshness\":{\"enrollment\":\"FRESH\",\"employment\":\"FRESH\","
                + "\"awards\":\"UNCHECKED\",\"budget\":\"FRESH\"}");

        Cli text = Cli.run("run", "--data-dir", data.toString(), "--etl.freshness.budget.warn-after=0s",
                "--etl.freshness.budget.error-after=1h");
        assertThat(text.out()).contains("warning: budget is late (WARN): its newest drop budget_20210331.csv arrived")
                .contains("Freshness: enrollment FRESH, employment FRESH, awards UNCHECKED, budget WARN");
    }

    @Test
    void theWarehouseKeepsEachFeedsFreshnessAsTheBuildJudgedIt() {
        Cli run = Cli.run("run", "--data-dir", data.toString(), "--quiet",
                "--etl.freshness.employment.warn-after=0s", "--etl.freshness.employment.error-after=0s");
        assertThat(run.status()).as(run.err()).isZero();

        Cli sql = Cli.run("sql", "--data-dir", data.toString(), "--format", "csv", "select feed, newest_drop, drop_date, "
                + "warn_after_seconds, error_after_seconds, verdict, age_seconds >= 0 and arrived_at <= checked_at "
                + "and age = to_seconds(age_seconds) as consistent from etl_freshness");
        assertThat(sql.status()).as(sql.err()).isZero();
        assertThat(sql.out().split("\r\n")).containsExactly(
                "feed,newest_drop,drop_date,warn_after_seconds,error_after_seconds,verdict,consistent",
                "enrollment,enrollment_20210901.csv.bz2,2021-09-01,129600,259200,FRESH,true",
                "employment,employment_20211130.jsonl.gz,2021-11-30,0,0,ERROR,true",
                "awards,awards_20211215.json,2021-12-15,,,UNCHECKED,true",
                "budget,budget_20210331.csv,2021-03-31,8208000,10368000,FRESH,true");
    }
}
