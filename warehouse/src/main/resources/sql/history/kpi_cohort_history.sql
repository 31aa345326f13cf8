-- One row per published run and cohort: the kpi_cohort figures of each earlier published run, read back from its
-- snapshot, and those of this build's run (a build outside a job adds none). A run built again (a restart) counts
-- once, with this build's figures.
-- primary key: execution_id, cohort
create table kpi_cohort_history as
with build as (
    select execution_id, job_name, built_at from etl_build
),
earlier as (
    select snapshots.*
    from stg_kpi_cohort_history as snapshots
    where snapshots.execution_id is distinct from (select execution_id from build)
),
current_run as (
    select build.execution_id, build.job_name, build.built_at as as_of, kpi.*
    from kpi_cohort as kpi
    cross join build
    where build.execution_id is not null
)
select * from earlier
union all by name
select * from current_run
order by as_of, execution_id, cohort;
