-- One row per cohort and rate of kpi_cohort: the rate, the counts it is computed from and its definition (the
-- view's column comment).
with cohorts as (
    select * from kpi_cohort
),
definitions as (
    select column_name, comment from duckdb_columns() where table_name = 'kpi_cohort'
),
rates as (
    select cohort, 'completion_rate' as name, completion_rate as rate, completers as numerator,
        admitted as denominator
    from cohorts
    union all
    select cohort, 'local_share', local_share, local_completers, completers from cohorts
    union all
    select cohort, 'outcome_rate', outcome_rate, positive_outcomes, completers from cohorts
)
select rates.cohort, rates.name, rates.rate, rates.numerator, rates.denominator, definitions.comment as definition
from rates
left join definitions on definitions.column_name = rates.name
order by rates.cohort, rates.name;
