-- description: One row per cohort and rate KPI: numerator and denominator beside the figure
-- grain: One row per cohort and rate KPI (kpi_definitions): the numerator and the denominator counted beside the
--   figure. Counts come from kpi_cohort; the employment counts are of the completers' survey records.
-- materialized: table
-- column cohort: Cohort number
-- column kpi: KPI name (kpi_definitions.kpi)
-- column numerator: Count (or amount, for cost_per_completer_krw) above the line
-- column denominator: Count below the line
-- column value: The figure: a fraction rounded half-up to 4 decimals, or whole won; NULL when the denominator is 0
create view kpi_cohort_rates as
with cohorts as (
    select cohort_key, cohort, course_end from dim_cohort where cohort_key <> -1
),
completers as (
    select application_key, cohort_key from fact_application where is_completed
),
current_outcomes as (
    select
        completers.cohort_key,
        count(*) filter (where outcomes.outcome in ('EMPLOYED', 'STARTUP')) as employed,
        count(*) filter (where outcomes.outcome = 'GRAD_SCHOOL') as grad_school
    from completers
    join fact_employment_outcome as outcomes
        on outcomes.application_key = completers.application_key and outcomes.is_current
    group by completers.cohort_key
),
in_grad_school as (
    select outcomes.application_key
    from fact_employment_outcome as outcomes
    where outcomes.is_current and outcomes.outcome = 'GRAD_SCHOOL'
),
employed_within_6_months as (
    select completers.cohort_key, count(distinct completers.application_key) as employed_6m
    from completers
    join cohorts on cohorts.cohort_key = completers.cohort_key
    join fact_employment_outcome as outcomes on outcomes.application_key = completers.application_key
    where outcomes.outcome in ('EMPLOYED', 'STARTUP')
        and outcomes.started_on <= (cohorts.course_end + interval 6 month)::date
        and completers.application_key not in (select application_key from in_grad_school)
    group by completers.cohort_key
),
counts as (
    select
        kpi.cohort,
        kpi.admitted,
        kpi.completers,
        kpi.local_completers,
        kpi.positive_outcomes,
        kpi.budget_krw,
        coalesce(current_outcomes.employed, 0) as employed,
        kpi.completers - coalesce(current_outcomes.grad_school, 0) as completers_not_in_grad_school,
        coalesce(employed_within_6_months.employed_6m, 0) as employed_6m
    from kpi_cohort as kpi
    join cohorts on cohorts.cohort = kpi.cohort
    left join current_outcomes on current_outcomes.cohort_key = cohorts.cohort_key
    left join employed_within_6_months on employed_within_6_months.cohort_key = cohorts.cohort_key
),
rates as (
    select cohort, 1 as position, 'completion_rate' as kpi, completers as numerator, admitted as denominator,
        div_half_up(nullif(completers, 0), admitted, 4) as value from counts
    union all
    select cohort, 2, 'local_share', local_completers, completers,
        div_half_up(local_completers, completers, 4) from counts
    union all
    select cohort, 3, 'outcome_rate', positive_outcomes, completers,
        div_half_up(positive_outcomes, completers, 4) from counts
    union all
    select cohort, 4, 'employment_rate', employed, completers_not_in_grad_school,
        div_half_up(employed, completers_not_in_grad_school, 4) from counts
    union all
    select cohort, 5, 'employment_6m_rate', employed_6m, completers_not_in_grad_school,
        div_half_up(employed_6m, completers_not_in_grad_school, 4) from counts
    union all
    select cohort, 6, 'cost_per_completer_krw', budget_krw, completers,
        div_half_up(budget_krw, completers, 0) from counts
)
select
    rates.cohort,
    rates.kpi,
    rates.numerator::bigint as numerator,
    rates.denominator::bigint as denominator,
    rates.value::decimal(18, 4) as value
from rates
order by rates.cohort, rates.position;
