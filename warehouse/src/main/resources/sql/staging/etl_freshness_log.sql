-- One row per feed: its freshness when the warehouse was built, as the load judged it (copied, not recomputed).
create table etl_freshness_log (
    feed                 varchar not null,
    newest_drop          varchar,
    drop_date            date,
    arrived_at           timestamp,
    age_seconds          bigint,
    warn_after_seconds   bigint,
    error_after_seconds  bigint,
    verdict              varchar not null,
    checked_at           timestamp not null
);
