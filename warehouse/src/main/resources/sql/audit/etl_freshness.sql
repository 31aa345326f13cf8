-- description: One row per feed: its newest drop, that drop's age at the build, the thresholds and the verdict (as
--   ./etl status)
-- grain: One row per feed: is it fresh? Its newest loaded drop (name, name date, arrival), that drop's age when the
--   warehouse was built, the thresholds (etl.freshness.<feed>.warn-after / error-after) and the verdict: FRESH, WARN
--   (past warn-after), ERROR (past error-after, or no drop at all) or UNCHECKED (a feed without thresholds).
-- column feed: enrollment, employment, awards or budget
-- column newest_drop: Name of its newest loaded drop (by the date in its name); NULL when none has been loaded
-- column drop_date: Date in that drop's name
-- column arrived_at: When that drop arrived (first seen by the pipeline)
-- column age_seconds: Seconds from its arrival to checked_at; NULL without a drop
-- column age: age_seconds as an interval
-- column warn_after_seconds: Late (WARN) past this many seconds: etl.freshness.<feed>.warn-after; NULL: no threshold
-- column error_after_seconds: An error (ERROR) past this many seconds: etl.freshness.<feed>.error-after; NULL: no
--   threshold
-- column verdict: FRESH, WARN (past warn-after), ERROR (past error-after, or no drop yet) or UNCHECKED (no
--   thresholds: awards)
-- column checked_at: When the freshness was judged: the build of this warehouse
create view etl_freshness as
select
    freshness.feed,
    freshness.newest_drop,
    freshness.drop_date,
    freshness.arrived_at,
    freshness.age_seconds,
    to_seconds(freshness.age_seconds) as age,
    freshness.warn_after_seconds,
    freshness.error_after_seconds,
    freshness.verdict,
    freshness.checked_at
from etl_freshness_log as freshness
order by case freshness.feed when 'enrollment' then 1 when 'employment' then 2 when 'awards' then 3 else 4 end;
