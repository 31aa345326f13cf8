-- One row per cohort and rate KPI, in the order of kpi_cohort_rates: the figure with its numerator and denominator,
-- its labels and unit (kpi_definitions).
with rates as (
    select *, row_number() over () as position from kpi_cohort_rates
),
definitions as (
    select * from kpi_definitions
)
select
    rates.cohort,
    rates.kpi,
    definitions.label_ko,
    definitions.label_en,
    definitions.unit,
    rates.value,
    rates.numerator,
    rates.denominator
from rates
join definitions on definitions.kpi = rates.kpi
order by rates.position;
