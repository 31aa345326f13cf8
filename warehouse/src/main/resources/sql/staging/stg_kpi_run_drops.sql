-- grain: The drops of earlier published runs (history/kpi_run_drops/*.parquet), read by name.
-- input: history/kpi_run_drops
create temp table stg_kpi_run_drops (
    execution_id  bigint,
    feed          varchar,
    drop_name     varchar,
    sha256        varchar
);
