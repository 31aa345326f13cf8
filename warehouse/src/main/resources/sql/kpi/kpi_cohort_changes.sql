-- description: One row per published run, cohort and kpi_cohort figure that changed since the previous run, with the
--   drops that came in between
-- grain: One row per published run, cohort and kpi_cohort figure that differs from the previous published run (by
--   as-of time), with the drops that came in between (in this run's warehouse, not in the previous one's) and those
--   that left it (superseded by a correction). The first run has nothing to compare with.
-- column execution_id: Job execution of the run
-- column as_of: As-of time of the run
-- column previous_execution_id: The published run before it (by as-of time)
-- column previous_as_of: As-of time of the previous run
-- column cohort: Cohort number
-- column kpi: Column of kpi_cohort
-- column previous_value: Its value at the previous run; NULL when the cohort or the value was not there
-- column value: Its value at this run
-- column change: value - previous_value
-- column drops_in: Drops (feed/name) in this run's warehouse and not in the previous one's: why it changed
-- column drops_out: Drops in the previous run's warehouse and no longer (superseded by a correction)
create view kpi_cohort_changes as
with runs as (
    select execution_id, any_value(as_of) as as_of from kpi_cohort_history group by execution_id
),
pairs as (
    select execution_id, as_of,
        lag(execution_id) over (order by as_of, execution_id) as previous_execution_id,
        lag(as_of) over (order by as_of, execution_id) as previous_as_of
    from runs
),
figures as (
    -- one row per figure: the two lists unnest side by side
    select
        history.execution_id,
        history.cohort,
        unnest(['planned_hours', 'applicants', 'admitted', 'competition_ratio', 'completers', 'completion_rate',
            'local_completers', 'local_share', 'positive_outcomes', 'outcome_rate', 'employment_rate',
            'awards_won', 'awarded_teams', 'prize_total_krw', 'budget_krw', 'cost_per_completer_krw']) as kpi,
        unnest(list_transform([planned_hours, applicants, admitted, competition_ratio, completers,
            completion_rate, local_completers, local_share, positive_outcomes, outcome_rate, employment_rate,
            awards_won, awarded_teams, prize_total_krw, budget_krw, cost_per_completer_krw],
            lambda v: v::decimal(18, 4))) as value
    from kpi_cohort_history as history
),
drops_in as (
    select pairs.execution_id, string_agg(now.feed || '/' || now.drop_name, ', ' order by now.feed, now.drop_name)
        as drops
    from pairs
    join kpi_run_drops as now on now.execution_id = pairs.execution_id
    anti join kpi_run_drops as before
        on before.execution_id = pairs.previous_execution_id and before.sha256 = now.sha256
    group by pairs.execution_id
),
drops_out as (
    select pairs.execution_id, string_agg(before.feed || '/' || before.drop_name, ', '
        order by before.feed, before.drop_name) as drops
    from pairs
    join kpi_run_drops as before on before.execution_id = pairs.previous_execution_id
    anti join kpi_run_drops as now on now.execution_id = pairs.execution_id and now.sha256 = before.sha256
    group by pairs.execution_id
)
select
    pairs.execution_id,
    pairs.as_of,
    pairs.previous_execution_id,
    pairs.previous_as_of,
    now.cohort,
    now.kpi,
    before.value as previous_value,
    now.value,
    now.value - before.value as change,
    drops_in.drops as drops_in,
    drops_out.drops as drops_out
from pairs
join figures as now on now.execution_id = pairs.execution_id
left join figures as before
    on before.execution_id = pairs.previous_execution_id and before.cohort = now.cohort and before.kpi = now.kpi
left join drops_in on drops_in.execution_id = pairs.execution_id
left join drops_out on drops_out.execution_id = pairs.execution_id
where pairs.previous_execution_id is not null and now.value is distinct from before.value
order by pairs.as_of, pairs.execution_id, now.cohort, now.kpi;
