-- description: One row: this build, the run it belongs to, the as-of time of its figures and the KPI definitions
--   version
-- grain: One row: the build of this warehouse, the run it belongs to, the as-of time of its figures, the version of
--   the KPI definitions it was built with, and what it was built from: a digest of its input (the lake files, the
--   rejects files and the drop ledger) and of the build's SQL. A run whose input has the same digest as the published
--   warehouse's has nothing to rebuild.
-- input: the run being built
-- column execution_id: Job execution that built the warehouse; NULL outside a job
-- column job_name: Job that built it, e.g. nightlyLoadJob
-- column built_at: When it was built: the as-of time of every figure in it
-- column time_zone: Zone people read the times in (etl.schedule.zone)
-- column as_of: built_at in that zone, ISO-8601 with its offset, to the second
-- column as_of_date: The date of built_at in that zone (the elapsed share of the fiscal year is counted to it)
-- column definitions_version: kpi- and 12 hex digits of the SHA-256 of the KPI model files: changes when a definition
--   does
-- column input_digest: Hex SHA-256 of the build's input (lake files, rejects files, drop ledger) and of its SQL: a
--   run with the same input does not rebuild
create table etl_build (
    execution_id         bigint,
    job_name             varchar,
    built_at             timestamptz not null,
    time_zone            varchar not null,
    as_of                varchar not null,
    as_of_date           date not null,
    definitions_version  varchar not null,
    input_digest         varchar not null
);
