-- One row: the build of this warehouse, the run it belongs to, the as-of time of its figures, the version of the
-- KPI definitions it was built with, and what it was built from: a digest of its input (the lake files, the rejects
-- files and the drop ledger) and of the build's SQL. A run whose input has the same digest as the published
-- warehouse's has nothing to rebuild.
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
