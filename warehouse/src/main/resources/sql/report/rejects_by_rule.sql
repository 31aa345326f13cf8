-- One row per feed and rule broken: the rejected rows and the drops they came from.
select feed, rule, count(*) as rejected_rows, count(distinct drop_name) as drops
from etl_rejects
group by feed, rule
order by rejected_rows desc, feed, rule;
