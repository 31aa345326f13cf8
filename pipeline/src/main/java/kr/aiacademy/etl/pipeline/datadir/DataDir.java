package kr.aiacademy.etl.pipeline.datadir;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The layout of the data directory: where each kind of file of the pipeline lives, and the space that must stay
 * free on its file system.
 */
public record DataDir(Path root, DiskSpace space) {

    public DataDir {
        root = root.toAbsolutePath().normalize();
    }

    /** A data directory without a space reserve. */
    public DataDir(Path root) {
        this(root, DiskSpace.NONE);
    }

    /** Unpacked copies of accepted drops (raw, may hold personal data; owner-only). */
    public Path landing(String feed, String sha256) {
        return root.resolve("landing").resolve(feed).resolve(sha256);
    }

    /** Private copies of inbox files being landed (each in a folder of its own); empty between runs. */
    public Path incoming() {
        return root.resolve("landing").resolve(".incoming");
    }

    /** Rejected drops and their reasons (raw, may hold personal data; owner-only). */
    public Path quarantine() {
        return root.resolve("quarantine");
    }

    public Path quarantine(String feed) {
        return quarantine().resolve(feed);
    }

    /** The lake file of a drop of the feed with that digest, loaded on that ingest date. */
    public Path lakeFile(String feed, String sha256, LocalDate ingestDate) {
        return root.resolve("lake").resolve(feed).resolve("ingest_date=" + ingestDate).resolve(sha256 + ".parquet");
    }

    /** The rejects file of a drop (present only when the drop had rejected rows). */
    public Path rejectsFile(String feed, String sha256) {
        return root.resolve("rejects").resolve(feed).resolve(sha256 + ".parquet");
    }

    public Path state() {
        return root.resolve("state");
    }

    public Path warehouseDir() {
        return root.resolve("warehouse");
    }

    public Path publishedWarehouse() {
        return warehouseDir().resolve("warehouse.duckdb");
    }

    /** Where a warehouse build spills what does not fit in its memory limit (emptied by DuckDB as it ends). */
    public Path spill() {
        return warehouseDir().resolve(".spill");
    }

    public Path exports() {
        return root.resolve("exports");
    }

    /** The KPI snapshots of each published run, read back by every build ({@code history/kpi_cohort/…}). */
    public Path history() {
        return root.resolve("history");
    }

}
