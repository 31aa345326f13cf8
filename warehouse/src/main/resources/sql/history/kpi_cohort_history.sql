-- description: One row per published run and cohort: the kpi_cohort figures of every published run, kept as Parquet
--   snapshots under history/kpi_cohort/ and read back by each build
-- grain: One row per published run and cohort: the kpi_cohort figures of each earlier published run, read back from
--   its snapshot, and those of this build's run (a build outside a job adds none). A run built again (a restart)
--   counts once, with this build's figures.
-- counted: true
-- primary key: execution_id, cohort
-- column execution_id: Job execution of the run
-- column job_name: Job of the run, e.g. nightlyLoadJob
-- column as_of: As-of time of the run's figures (its build)
-- column cohort: Cohort number
-- column planned_hours: As kpi_cohort.planned_hours at that run
-- column applicants: As kpi_cohort.applicants at that run
-- column admitted: As kpi_cohort.admitted at that run
-- column competition_ratio: As kpi_cohort.competition_ratio at that run
-- column completers: As kpi_cohort.completers at that run
-- column completion_rate: As kpi_cohort.completion_rate at that run
-- column local_completers: As kpi_cohort.local_completers at that run
-- column local_share: As kpi_cohort.local_share at that run
-- column positive_outcomes: As kpi_cohort.positive_outcomes at that run
-- column outcome_rate: As kpi_cohort.outcome_rate at that run
-- column employment_rate: As kpi_cohort.employment_rate at that run
-- column awards_won: As kpi_cohort.awards_won at that run
-- column awarded_teams: As kpi_cohort.awarded_teams at that run
-- column prize_total_krw: As kpi_cohort.prize_total_krw at that run
-- column budget_krw: As kpi_cohort.budget_krw at that run
-- column cost_per_completer_krw: As kpi_cohort.cost_per_completer_krw at that run
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
