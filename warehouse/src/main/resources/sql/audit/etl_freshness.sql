-- One row per feed: is it fresh? Its newest loaded drop (name, name date, arrival), that drop's age when the
-- warehouse was built, the thresholds (etl.freshness.<feed>.warn-after / error-after) and the verdict: FRESH, WARN
-- (past warn-after), ERROR (past error-after, or no drop at all) or UNCHECKED (a feed without thresholds).
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
