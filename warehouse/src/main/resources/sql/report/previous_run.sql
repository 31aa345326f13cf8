-- The published run before the one that built this warehouse (by as-of time), if any.
with build as (
    select execution_id from etl_build
),
runs as (
    select execution_id, any_value(as_of) as as_of from kpi_cohort_history group by execution_id
),
this_run as (
    select runs.* from runs join build on build.execution_id = runs.execution_id
)
select runs.execution_id, runs.as_of
from runs, this_run
where runs.as_of < this_run.as_of
    or (runs.as_of = this_run.as_of and runs.execution_id < this_run.execution_id)
order by runs.as_of desc, runs.execution_id desc
limit 1;
