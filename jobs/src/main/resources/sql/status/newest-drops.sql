-- The newest loaded drop of each feed (by the date in its name, then its sequence number, then arrival): its
-- name, name date and when it arrived (first seen). Runs on H2 and PostgreSQL.
with loaded as (
    select
        feed,
        drop_name,
        drop_date,
        first_seen_at,
        row_number() over (
            partition by feed
            order by drop_date desc nulls last, coalesce(drop_seq, 0) desc, first_seen_at desc
        ) as newest_first
    from etl_drop_ledger
    where status = 'LOADED'
)
select feed, drop_name, drop_date, first_seen_at
from loaded
where newest_first = 1
order by feed
