-- One row: the build of this warehouse, the run it belongs to, the as-of time of its figures and the version of
-- the KPI definitions it was built with.
create table etl_build (
    execution_id         bigint,
    job_name             varchar,
    built_at             timestamptz not null,
    time_zone            varchar not null,
    as_of                varchar not null,
    as_of_date           date not null,
    definitions_version  varchar not null
);
