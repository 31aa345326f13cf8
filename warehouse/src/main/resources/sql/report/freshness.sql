-- One row per feed that has drops: its newest loaded drop (by name date, then arrival) and the drops by status.
with drops as (
    select * from etl_drops
),
newest as (
    select feed, drop_name, drop_date, first_seen_at
    from drops
    where status = 'LOADED'
    qualify row_number() over (partition by feed order by drop_date desc, first_seen_at desc, drop_name desc) = 1
),
counts as (
    select
        feed,
        count(*) filter (where status = 'LOADED') as loaded,
        count(*) filter (where status = 'DUPLICATE') as duplicate,
        count(*) filter (where status = 'REJECTED') as rejected,
        count(*) filter (where status = 'SUPERSEDED') as superseded
    from drops
    group by feed
)
select
    counts.feed,
    newest.drop_name,
    newest.drop_date,
    newest.first_seen_at,
    counts.loaded,
    counts.duplicate,
    counts.rejected,
    counts.superseded
from counts
left join newest on newest.feed = counts.feed
order by counts.feed;
