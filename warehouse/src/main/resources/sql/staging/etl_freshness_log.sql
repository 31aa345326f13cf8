-- description: Each feed's freshness as the load judged it when it built the warehouse
-- grain: One row per feed: its freshness when the warehouse was built, as the load judged it (copied, not
--   recomputed).
-- input: the feeds' freshness, judged at the build
-- column feed: enrollment, employment, awards or budget
-- column newest_drop: Name of its newest loaded drop; NULL when none has been loaded
-- column drop_date: Date in that drop's name
-- column arrived_at: When that drop arrived (first seen by the pipeline)
-- column age_seconds: Seconds from its arrival to checked_at
-- column warn_after_seconds: etl.freshness.<feed>.warn-after in seconds; NULL: none
-- column error_after_seconds: etl.freshness.<feed>.error-after in seconds; NULL: none
-- column verdict: FRESH, WARN, ERROR or UNCHECKED
-- column checked_at: When the freshness was judged (the build)
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
