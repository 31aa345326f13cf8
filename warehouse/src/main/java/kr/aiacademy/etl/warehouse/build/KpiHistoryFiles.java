package kr.aiacademy.etl.warehouse.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The KPI snapshots of earlier published runs, kept beside the lake so that they survive the rebuilds: per run
 * {@code history/kpi_cohort/<execution id>.parquet} (its {@code kpi_cohort} figures) and
 * {@code history/kpi_run_drops/<execution id>.parquet} (the drops whose rows were in).
 */
public record KpiHistoryFiles(List<Path> cohortFiles, List<Path> dropFiles) {

    public static final KpiHistoryFiles NONE = new KpiHistoryFiles(List.of(), List.of());

    public KpiHistoryFiles {
        cohortFiles = List.copyOf(cohortFiles);
        dropFiles = List.copyOf(dropFiles);
    }

    /** The folder of one kind of snapshot under the history folder. */
    public static Path cohortFolder(Path history) {
        return history.resolve("kpi_cohort");
    }

    public static Path dropsFolder(Path history) {
        return history.resolve("kpi_run_drops");
    }

    /** The committed snapshots of a history folder (temporary files start with a dot and are passed over). */
    public static KpiHistoryFiles in(Path history) throws IOException {
        return new KpiHistoryFiles(committed(cohortFolder(history)), committed(dropsFolder(history)));
    }

    private static List<Path> committed(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet"))
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }
}
