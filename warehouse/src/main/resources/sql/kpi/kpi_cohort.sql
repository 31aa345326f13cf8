-- One row per cohort: applicants, admissions, completion and locality. Outcome, award and budget columns
-- are NULL until those feeds are loaded into the warehouse.
create view kpi_cohort as
with applications as (
    select
        cohort_key,
        count(*) as applicants,
        count(*) filter (where is_admitted) as admitted,
        count(*) filter (where is_completed) as completers,
        count(*) filter (where is_completed and region_key = 29) as local_completers
    from fact_application
    group by cohort_key
),
cohorts as (
    select * from dim_cohort where cohort_key <> -1
)
select
    cohorts.cohort,
    cohorts.planned_hours,
    coalesce(applications.applicants, 0)::bigint as applicants,
    coalesce(applications.admitted, 0)::bigint as admitted,
    div_half_up(applications.applicants, applications.admitted, 2)::decimal(8, 2) as competition_ratio,
    coalesce(applications.completers, 0)::bigint as completers,
    -- no completers yet means the cohort is still in training: no completion rate (contract figures)
    div_half_up(nullif(applications.completers, 0), applications.admitted, 4)::decimal(6, 4) as completion_rate,
    coalesce(applications.local_completers, 0)::bigint as local_completers,
    div_half_up(applications.local_completers, applications.completers, 4)::decimal(6, 4) as local_share,
    null::bigint as positive_outcomes,
    null::decimal(6, 4) as outcome_rate,
    null::decimal(6, 4) as employment_rate,
    null::bigint as awards_won,
    null::bigint as awarded_teams,
    null::bigint as prize_total_krw,
    null::bigint as budget_krw,
    null::bigint as cost_per_completer_krw
from cohorts
left join applications on applications.cohort_key = cohorts.cohort_key
order by cohorts.cohort;
