package kr.aiacademy.etl.jobs.sis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.aiacademy.etl.jobs.Cli;
import kr.aiacademy.etl.jobs.SharedPostgres;
import kr.aiacademy.etl.jobs.WarehouseQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrollment feed pulled incrementally from the SIS database's applications table (a real PostgreSQL). */
class SisPullIT {

    private static SharedPostgres.Database postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void takeADatabase() {
        postgres = SharedPostgres.newDatabase();
    }

    @Test
    void aSecondPullReadsOnlyTheChangesAndEndsInTheRightWarehouse() throws Exception {
        SisTable.create(postgres);
        for (int i = 1; i <= 5; i++) {
            insert("S-" + i, i, "APPLIED", "2021-03-01 09:00:0" + i);
        }
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path data = dir.resolve("data");

        Cli first = run(inbox, data);
        sql("update applications set status = 'ENROLLED', status_on = date '2021-04-01', hours_attended = 10, "
                + "updated_at = timestamp '2021-04-01 10:00:00' where applicant_id in ('S-1', 'S-2')");
        insert("S-6", 6, "APPLIED", "2021-04-01 11:00:00");
        Cli second = run(inbox, data);
        Cli third = run(inbox, data);

        assertThat(first.status()).as(first.out() + first.err()).isZero();
        assertThat(second.status()).isZero();
        assertThat(third.out()).contains("\"seen\":0");
        assertThat(WarehouseQueries.query(data, "select rows_loaded, status from etl_drops order by first_seen_at"))
                .containsExactly(List.of("5", "LOADED"), List.of("3", "LOADED"));
        assertThat(WarehouseQueries.query(data, "select applicant_id, status from fact_application order by 1"))
                .containsExactly(List.of("S-1", "ENROLLED"), List.of("S-2", "ENROLLED"), List.of("S-3", "APPLIED"),
                        List.of("S-4", "APPLIED"), List.of("S-5", "APPLIED"), List.of("S-6", "APPLIED"));
        assertThat(WarehouseQueries.query(data, "select applicants, admitted from kpi_cohort"))
                .containsExactly(List.of("6", "2"));
    }

    private Cli run(Path inbox, Path data) {
        return Cli.run("run", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--quiet",
                "--etl.sis.url=" + postgres.url(), "--etl.sis.username=postgres");
    }

    private static void insert(String id, int n, String status, String updatedAt) throws Exception {
        sql("insert into applications values ('" + id + "', 1, date '2021-04-01', date '2021-10-29', 960, "
                + "'김철수', '9" + String.format("%05d", 10100 + n) + "-1234567', 'p" + n + "@example.org', "
                + "'010-1234-000" + n + "', '광주', '" + status + "', date '2021-03-01', date '2021-03-01', null, "
                + "null, timestamp '" + updatedAt + "')");
    }

    private static void sql(String statement) throws Exception {
        SisTable.sql(postgres, statement);
    }
}
