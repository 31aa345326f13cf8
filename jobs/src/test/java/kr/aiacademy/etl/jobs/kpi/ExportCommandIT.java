package kr.aiacademy.etl.jobs.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kr.aiacademy.etl.jobs.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./etl export [--public [--threshold N]]} on the demo warehouse: a folder of its own per execution. */
class ExportCommandIT {

    @TempDir
    static Path data;

    @BeforeAll
    static void load() {
        Cli run = Cli.run("run", "--data-dir", data.toString(), "--quiet");
        assertThat(run.status()).as(run.out() + run.err()).isZero();
    }

    @Test
    void aPublicExportWritesASuppressedFolderWhoseManifestSaysSo() throws Exception {
        Cli export = Cli.run("export", "--public", "--threshold", "200", "--data-dir", data.toString());

        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("public extract (counts below 200 suppressed): ");
        Path folder = Path.of(export.out().substring(export.out().indexOf(": ") + 2).strip());
        assertThat(data.resolve("exports/latest-public").toRealPath()).isEqualTo(folder.toRealPath());
        JsonNode manifest = JsonMapper.builder().build().readTree(folder.resolve("manifest.json").toFile());
        assertThat(manifest.get("job_name").asString()).isEqualTo("kpiExtractJob");
        assertThat(manifest.get("suppression").get("applied").asBoolean()).isTrue();
        assertThat(manifest.get("suppression").get("threshold").asInt()).isEqualTo(200);
        // cohort 1's 155 completers (73 local, 130 placed) are below 200: blank with every rate computed from them;
        // its 200 admitted are not, but cohort 2's 180 are, and the total row would give them away: blank too
        assertThat(Files.readString(folder.resolve("kpi_cohort.csv")))
                .contains("\r\n1,960,1160," + ",".repeat(9) + "7,9,28000000,3500000000,\r\n");
    }

    @Test
    void anInternalExportIsNotSuppressedAndLatestPointsAtIt() throws Exception {
        Cli export = Cli.run("export", "--data-dir", data.toString());

        assertThat(export.status()).as(export.err()).isZero();
        Path folder = Path.of(export.out().substring("extract: ".length()).strip());
        assertThat(data.resolve("exports/latest").toRealPath()).isEqualTo(folder.toRealPath());
        assertThat(Files.readString(folder.resolve("kpi_cohort.csv"))).contains("\r\n1,960,1160,200,5.80,155,");
    }

    @Test
    void aThresholdWithoutPublicOrBelowOneIsAUsageError() {
        Cli alone = Cli.run("export", "--threshold", "3", "--data-dir", data.toString());
        Cli zero = Cli.run("export", "--public", "--threshold", "0", "--data-dir", data.toString());

        assertThat(alone.status()).isEqualTo(2);
        assertThat(alone.err()).contains("--threshold applies to a public extract: add --public");
        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err()).contains("--threshold 0 is not allowed");
    }

    @Test
    void aSettingBelowOneIsAUsageErrorNamingIt() {
        Cli export = Cli.run("export", "--public", "--data-dir", data.toString(), "--etl.export.suppress-below=0");

        assertThat(export.status()).isEqualTo(2);
        assertThat(export.err()).contains("etl.export.suppress-below=0 is not allowed: it must be a whole number of "
                + "at least 1").doesNotContain("\tat ");
    }
}
