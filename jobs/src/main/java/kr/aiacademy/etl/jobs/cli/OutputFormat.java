package kr.aiacademy.etl.jobs.cli;

/** How query results are written: an aligned table, RFC 4180 CSV with a header row, or a JSON array. */
enum OutputFormat {
    TABLE, CSV, JSON
}
